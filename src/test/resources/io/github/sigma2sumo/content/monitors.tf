# Sumo Logic content as Terraform: a monitor, a saved search in a content folder (jsonencode), a
# log search in an indented heredoc, a field extraction rule and a Cloud SIEM rule.
variable "scope" {
  type    = string
  default = "_sourceCategory=prod/web"
}

resource "sumologic_monitor" "errors" {
  name         = "Web errors"
  type         = "MonitorsLibraryMonitor"
  monitor_type = "Logs"
  queries {
    row_id = "A"
    query  = "${var.scope} \"error\" | stats count by host"
  }
  trigger_conditions {
    logs_static_condition {
      critical {
        time_range = "15m"
        alert {
          threshold      = 40.0
          threshold_type = "GreaterThan"
        }
      }
    }
  }
}

resource "sumologic_content" "searches" {
  parent_id = var.folder_id
  config = jsonencode({
    type = "SavedSearchWithScheduleSyncDefinition"
    name = "Failed logins"
    search = {
      queryText        = "_sourceCategory=auth \"fail\" | eval n = 1"
      defaultTimeRange = "-15m"
    }
  })
}

resource "sumologic_log_search" "slow" {
  name         = "Slow requests"
  query_string = <<-EOT
    _sourceCategory=prod/web
    | parse "took=*ms" as took
    | where took > 500 | table host, took
  EOT
}

resource "sumologic_field_extraction_rule" "web" {
  name             = "web"
  scope            = "_sourceCategory=prod/web"
  parse_expression = "parse \"user=*\" as user | rex \"(?<x>a)\""
  enabled          = true
}

resource "sumologic_cse_match_rule" "encoded" {
  name                   = "Encoded PowerShell"
  enabled                = true
  expression             = "metadata_product = 'Windows' AND lower(commandline) LIKE '%-enc%'"
  name_expression        = "Encoded PowerShell on {{device_hostname}}"
  description_expression = "PowerShell ran an encoded command"
  entity_selectors {
    entity_type = "_hostname"
    expression  = "device_hostname"
  }
  severity_mapping {
    type    = "constant"
    default = 5
  }
}
