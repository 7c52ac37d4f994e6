terraform {
  required_providers {
    sumologic = {
      source = "SumoLogic/sumologic"
    }
  }
}

variable "sumo_parent_folder_id" {
  type        = string
  description = "Hexadecimal id of the content folder that receives the saved searches"
}

resource "sumologic_cse_chain_rule" "sigma_5a9e7c3b_1d2f_4b6a_8c0e_2f4d6a8c0e1b" {
  name               = "Web Service C2 Command Line Followed By A Connection From The Same Program"
  enabled            = true
  is_prototype       = true
  tags               = ["_mitreAttackTactic:TA0011", "_mitreAttackTechnique:T1102.002"]
  ordered            = false
  description        = "Joins the two T1102.002 detections: a command line that uses a web service as a command channel,\nand a connection from a script engine or LOLBin to such a service, by the same program run by the\nsame user within ten minutes. Sysmon's ProcessGuid, or the host, would tie them closer, but Cloud\nSIEM's records of Sysmon event 3 carry neither (its mapping fills baseImage and user_username from\nImage and User, and no schema field from ProcessGuid or Computer), and Cloud SIEM groups by schema\nfields only, so the rule groups by what both targets have.\n\nSigma rule \"Web Service C2 Command Line Followed By A Connection From The Same Program\" (id 5a9e7c3b-1d2f-4b6a-8c0e-2f4d6a8c0e1b), by sigma2sumo. Licence: Apache-2.0. File: rules/t1102.002/correlation_lolbin_web_service_c2.yml."
  summary_expression = "Web Service C2 Command Line Followed By A Connection From The Same Program"
  group_by_fields    = ["user_username", "baseImage"]
  window_size        = "T10M"
  severity           = 6
  expressions_and_limits {
    expression = "metadata_vendor = 'Microsoft' AND metadata_product = 'Windows' AND metadata_deviceEventId IN ('Microsoft-Windows-Sysmon/Operational-1', 'Security-4688') AND ((commandLine matches /(?is)^(?:.* -WindowStyle Hidden.*|.* \\/WindowStyle Hidden.*|.* –WindowStyle Hidden.*|.* —WindowStyle Hidden.*|.* ―WindowStyle Hidden.*|.* -w hidden.*|.* \\/w hidden.*|.* –w hidden.*|.* —w hidden.*|.* ―w hidden.*)$/ AND (lower(commandLine) LIKE '%downloadstring%' OR lower(commandLine) LIKE '%uploadstring%' OR lower(commandLine) LIKE '%invoke-restmethod%' OR lower(commandLine) LIKE '%net.webclient%')) OR (lower(commandLine) LIKE '%invoke-restmethod%' AND lower(commandLine) LIKE '%authorization%' AND (lower(commandLine) LIKE '%api.dropboxapi.com%' OR lower(commandLine) LIKE '%content.dropboxapi.com%' OR lower(commandLine) LIKE '%graph.microsoft.com%' OR lower(commandLine) LIKE '%api.github.com%')) OR (lower(commandLine) LIKE '%net use%' AND lower(commandLine) LIKE '%d.docs.live.net%') OR ((lower(baseImage) LIKE '%\\python.exe' OR lower(baseImage) LIKE '%\\pythonw.exe') AND lower(commandLine) LIKE '%urllib%' AND lower(commandLine) LIKE '%drive/v3/files%'))"
    limit      = 1
  }
  expressions_and_limits {
    expression = "metadata_vendor = 'Microsoft' AND metadata_product = 'Windows' AND metadata_deviceEventId = 'Microsoft-Windows-Sysmon/Operational-3' AND baseImage matches /(?is)^(?:.*\\\\powershell\\.exe|.*\\\\pwsh\\.exe|.*\\\\cmd\\.exe|.*\\\\wscript\\.exe|.*\\\\cscript\\.exe|.*\\\\mshta\\.exe|.*\\\\rundll32\\.exe|.*\\\\regsvr32\\.exe|.*\\\\certutil\\.exe|.*\\\\python\\.exe|.*\\\\pythonw\\.exe|.*\\\\curl\\.exe|.*\\\\wget\\.exe|.*\\\\bitsadmin\\.exe)$/ AND lower(fields['EventData.Initiated']) = 'true' AND (lower(dstDevice_hostname) IN ('dropbox.com', 'dropboxapi.com', 'drive.google.com', 'docs.google.com', 'googleapis.com', 'onedrive.live.com', 'd.docs.live.net', 'box.com', 'pcloud.com', 'mega.nz', 'pastebin.com', 'paste.ee', 'ghostbin.com', 'hastebin.com', 'gist.github.com', 'api.github.com', 'raw.githubusercontent.com', 'gist.githubusercontent.com', 'twitter.com', 't.co', 'blogspot.com', 'api.telegram.org', 'discord.com', 'discordapp.com', 'slack.com', 'notion.so', 'api.notion.com', 'trello.com') OR dstDevice_hostname matches /(?is)^(?:.*\\.dropbox\\.com|.*\\.dropboxapi\\.com|.*\\.googleapis\\.com|.*\\.onedrive\\.live\\.com|.*\\.box\\.com|.*\\.pcloud\\.com|.*\\.mega\\.nz|.*\\.pastebin\\.com|.*\\.blogspot\\.com|.*\\.discordapp\\.com|.*\\.slack\\.com|.*\\.notion\\.so|.*\\.trello\\.com)$/)"
    limit      = 1
  }
  entity_selectors {
    entity_type = "_hostname"
    expression  = "device_hostname"
  }
  entity_selectors {
    entity_type = "_hostname"
    expression  = "dstDevice_hostname"
  }
  entity_selectors {
    entity_type = "_username"
    expression  = "user_username"
  }
  entity_selectors {
    entity_type = "_process"
    expression  = "baseImage"
  }
  entity_selectors {
    entity_type = "_command"
    expression  = "commandLine"
  }
}

resource "sumologic_cse_match_rule" "sigma_3f6b2a1e_8c4d_4e5f_9a7b_1c2d3e4f5a60" {
  name                   = "Script Engine Or LOLBin Connecting To A Web Service Used For C2"
  enabled                = true
  is_prototype           = true
  tags                   = ["_mitreAttackTactic:TA0011", "_mitreAttackTechnique:T1102.002"]
  expression             = "metadata_vendor = 'Microsoft' AND metadata_product = 'Windows' AND metadata_deviceEventId = 'Microsoft-Windows-Sysmon/Operational-3' AND baseImage matches /(?is)^(?:.*\\\\powershell\\.exe|.*\\\\pwsh\\.exe|.*\\\\cmd\\.exe|.*\\\\wscript\\.exe|.*\\\\cscript\\.exe|.*\\\\mshta\\.exe|.*\\\\rundll32\\.exe|.*\\\\regsvr32\\.exe|.*\\\\certutil\\.exe|.*\\\\python\\.exe|.*\\\\pythonw\\.exe|.*\\\\curl\\.exe|.*\\\\wget\\.exe|.*\\\\bitsadmin\\.exe)$/ AND lower(fields['EventData.Initiated']) = 'true' AND (lower(dstDevice_hostname) IN ('dropbox.com', 'dropboxapi.com', 'drive.google.com', 'docs.google.com', 'googleapis.com', 'onedrive.live.com', 'd.docs.live.net', 'box.com', 'pcloud.com', 'mega.nz', 'pastebin.com', 'paste.ee', 'ghostbin.com', 'hastebin.com', 'gist.github.com', 'api.github.com', 'raw.githubusercontent.com', 'gist.githubusercontent.com', 'twitter.com', 't.co', 'blogspot.com', 'api.telegram.org', 'discord.com', 'discordapp.com', 'slack.com', 'notion.so', 'api.notion.com', 'trello.com') OR dstDevice_hostname matches /(?is)^(?:.*\\.dropbox\\.com|.*\\.dropboxapi\\.com|.*\\.googleapis\\.com|.*\\.onedrive\\.live\\.com|.*\\.box\\.com|.*\\.pcloud\\.com|.*\\.mega\\.nz|.*\\.pastebin\\.com|.*\\.blogspot\\.com|.*\\.discordapp\\.com|.*\\.slack\\.com|.*\\.notion\\.so|.*\\.trello\\.com)$/)"
  name_expression        = "Script Engine Or LOLBin Connecting To A Web Service Used For C2"
  description_expression = "Detects a script engine or a living-off-the-land binary opening an outbound connection to a public\nweb service that attackers use for bidirectional command and control: cloud storage, paste sites,\ncode hosting, social media, messaging and note-taking services. Domains match at label boundaries,\nso t.co does not match microsoft.com and box.com does not match dropbox.com.\n\nSigma rule \"Script Engine Or LOLBin Connecting To A Web Service Used For C2\" (id 3f6b2a1e-8c4d-4e5f-9a7b-1c2d3e4f5a60), by sigma2sumo. Licence: Apache-2.0. File: rules/t1102.002/net_connection_win_lolbin_web_service_c2.yml.\nReferences: https://attack.mitre.org/techniques/T1102/002/ https://lolbas-project.github.io/\nFalse positives: Administrative PowerShell scripts that back up to or read from sanctioned cloud storage; Build and deployment scripts that fetch from GitHub or post to Slack or Discord webhooks\nLog source: category: network_connection, product: windows"
  summary_expression     = "Script Engine Or LOLBin Connecting To A Web Service Used For C2"
  entity_selectors {
    entity_type = "_hostname"
    expression  = "device_hostname"
  }
  entity_selectors {
    entity_type = "_hostname"
    expression  = "dstDevice_hostname"
  }
  entity_selectors {
    entity_type = "_ip"
    expression  = "srcDevice_ip"
  }
  entity_selectors {
    entity_type = "_username"
    expression  = "user_username"
  }
  entity_selectors {
    entity_type = "_process"
    expression  = "baseImage"
  }
  severity_mapping {
    type    = "constant"
    default = 3
  }
}

resource "sumologic_cse_match_rule" "sigma_8d0c4b7a_2e1f_4a3b_b5c6_7d8e9f0a1b2c" {
  name                   = "Command Line Using A Web Service As A Command Channel"
  enabled                = true
  is_prototype           = true
  tags                   = ["_mitreAttackTactic:TA0011", "_mitreAttackTechnique:T1102.002"]
  expression             = "metadata_vendor = 'Microsoft' AND metadata_product = 'Windows' AND metadata_deviceEventId IN ('Microsoft-Windows-Sysmon/Operational-1', 'Security-4688') AND ((commandLine matches /(?is)^(?:.* -WindowStyle Hidden.*|.* \\/WindowStyle Hidden.*|.* –WindowStyle Hidden.*|.* —WindowStyle Hidden.*|.* ―WindowStyle Hidden.*|.* -w hidden.*|.* \\/w hidden.*|.* –w hidden.*|.* —w hidden.*|.* ―w hidden.*)$/ AND (lower(commandLine) LIKE '%downloadstring%' OR lower(commandLine) LIKE '%uploadstring%' OR lower(commandLine) LIKE '%invoke-restmethod%' OR lower(commandLine) LIKE '%net.webclient%')) OR (lower(commandLine) LIKE '%invoke-restmethod%' AND lower(commandLine) LIKE '%authorization%' AND (lower(commandLine) LIKE '%api.dropboxapi.com%' OR lower(commandLine) LIKE '%content.dropboxapi.com%' OR lower(commandLine) LIKE '%graph.microsoft.com%' OR lower(commandLine) LIKE '%api.github.com%')) OR (lower(commandLine) LIKE '%net use%' AND lower(commandLine) LIKE '%d.docs.live.net%') OR ((lower(baseImage) LIKE '%\\python.exe' OR lower(baseImage) LIKE '%\\pythonw.exe') AND lower(commandLine) LIKE '%urllib%' AND lower(commandLine) LIKE '%drive/v3/files%'))"
  name_expression        = "Command Line Using A Web Service As A Command Channel"
  description_expression = "Detects command lines that read commands from or write output to a public web service, as in the\nAtomic Red Team tests for T1102.002: a hidden PowerShell window downloading or uploading a string,\nInvoke-RestMethod with an Authorization header against the Dropbox API, a network drive mapped to\nOneDrive's WebDAV endpoint, and Python reading files through the Google Drive API.\n\nSigma rule \"Command Line Using A Web Service As A Command Channel\" (id 8d0c4b7a-2e1f-4a3b-b5c6-7d8e9f0a1b2c), by sigma2sumo. Licence: Apache-2.0. File: rules/t1102.002/proc_creation_win_web_service_c2_cmdline.yml.\nReferences: https://attack.mitre.org/techniques/T1102/002/ https://github.com/redcanaryco/atomic-red-team/blob/master/atomics/T1102.002/T1102.002.md\nFalse positives: Administration scripts that call cloud APIs from a hidden window\nLog source: category: process_creation, product: windows"
  summary_expression     = "Command Line Using A Web Service As A Command Channel"
  entity_selectors {
    entity_type = "_hostname"
    expression  = "device_hostname"
  }
  entity_selectors {
    entity_type = "_username"
    expression  = "user_username"
  }
  entity_selectors {
    entity_type = "_process"
    expression  = "baseImage"
  }
  entity_selectors {
    entity_type = "_command"
    expression  = "commandLine"
  }
  severity_mapping {
    type    = "constant"
    default = 6
  }
}

resource "sumologic_cse_aggregation_rule" "sigma_9e3a5c7b_0d2f_4e6a_8b1c_3d5f7a9b1c2e" {
  name                   = "More Than 10 MiB Uploaded To Cloud Storage By One Client Within An Hour"
  enabled                = true
  is_prototype           = true
  tags                   = ["_mitreAttackTactic:TA0010", "_mitreAttackTechnique:T1567.002"]
  match_expression       = "lower(http_method) IN ('post', 'put') AND (lower(http_url_fqdn) IN ('dropbox.com', 'content.dropboxapi.com', 'www.googleapis.com', 'storage.googleapis.com', 'onedrive.live.com', 'mega.nz', 'wetransfer.com', 'mediafire.com', 'gofile.io', 'anonfiles.com') OR lower(http_hostname) IN ('dropbox.com', 'content.dropboxapi.com', 'www.googleapis.com', 'storage.googleapis.com', 'onedrive.live.com', 'mega.nz', 'wetransfer.com', 'mediafire.com', 'gofile.io', 'anonfiles.com') OR http_url_fqdn matches /(?is)^(?:.*\\.dropbox\\.com|.*\\.dropboxapi\\.com|.*\\.googleapis\\.com|.*\\.sharepoint\\.com|.*\\.box\\.com|.*\\.mega\\.nz|.*\\.wetransfer\\.com|.*\\.mediafire\\.com|.*\\.gofile\\.io)$/ OR http_hostname matches /(?is)^(?:.*\\.dropbox\\.com|.*\\.dropboxapi\\.com|.*\\.googleapis\\.com|.*\\.sharepoint\\.com|.*\\.box\\.com|.*\\.mega\\.nz|.*\\.wetransfer\\.com|.*\\.mediafire\\.com|.*\\.gofile\\.io)$/)"
  trigger_expression     = "sum_bytesOut > 10485760"
  group_by_entity        = false
  group_by_fields        = ["srcDevice_ip", "http_userAgent"]
  name_expression        = "More Than 10 MiB Uploaded To Cloud Storage By One Client Within An Hour"
  description_expression = "Sums the bytes each client sends to cloud storage through the proxy within an hour and fires above\n10 MiB. Byte counts need a log source that has them: Sysmon network events (event 3) carry none,\nso this uses the proxy's cs-bytes (W3C: bytes sent from the client to the server). A proxy knows no\nprocess; the user agent stands for it (rclone, curl and python send their own).\n\nSigma rule \"More Than 10 MiB Uploaded To Cloud Storage By One Client Within An Hour\" (id 9e3a5c7b-0d2f-4e6a-8b1c-3d5f7a9b1c2e), by sigma2sumo. Licence: Apache-2.0. File: rules/t1567.002/correlation_proxy_bytes_to_cloud_storage.yml."
  summary_expression     = "More Than 10 MiB Uploaded To Cloud Storage By One Client Within An Hour"
  window_size            = "T60M"
  aggregation_functions {
    name      = "sum_bytesOut"
    function  = "sum"
    arguments = ["bytesOut"]
  }
  entity_selectors {
    entity_type = "_ip"
    expression  = "srcDevice_ip"
  }
  entity_selectors {
    entity_type = "_domain"
    expression  = "http_url_fqdn"
  }
  entity_selectors {
    entity_type = "_useragent"
    expression  = "http_userAgent"
  }
  severity_mapping {
    type    = "constant"
    default = 6
  }
}

resource "sumologic_cse_match_rule" "sigma_7f2b4d6e_9a1c_4e3f_b5d7_0c2e4a6b8d0f" {
  name                   = "Rclone Configuration File Written"
  enabled                = true
  is_prototype           = true
  tags                   = ["_mitreAttackTactic:TA0010", "_mitreAttackTechnique:T1567.002"]
  expression             = "metadata_vendor = 'Microsoft' AND metadata_product = 'Windows' AND metadata_deviceEventId = 'Microsoft-Windows-Sysmon/Operational-11' AND lower(file_path) LIKE '%\\rclone.conf'"
  name_expression        = "Rclone Configuration File Written"
  description_expression = "Detects the creation of rclone.conf, which holds the cloud remotes and their credentials; attackers\ndrop a prepared configuration before exfiltrating with rclone.\n\nSigma rule \"Rclone Configuration File Written\" (id 7f2b4d6e-9a1c-4e3f-b5d7-0c2e4a6b8d0f), by sigma2sumo. Licence: Apache-2.0. File: rules/t1567.002/file_event_win_rclone_config_drop.yml.\nReferences: https://attack.mitre.org/techniques/T1567/002/ https://rclone.org/docs/#config-config-file\nFalse positives: Installation of rclone by administrators\nLog source: category: file_event, product: windows"
  summary_expression     = "Rclone Configuration File Written"
  entity_selectors {
    entity_type = "_hostname"
    expression  = "device_hostname"
  }
  entity_selectors {
    entity_type = "_username"
    expression  = "user_username"
  }
  entity_selectors {
    entity_type = "_file"
    expression  = "file_path"
  }
  severity_mapping {
    type    = "constant"
    default = 3
  }
}

resource "sumologic_cse_match_rule" "sigma_6c1e9b2d_4f3a_4c5b_9d6e_0a1b2c3d4e5f" {
  name                   = "Connection To Cloud Storage By A Process Other Than Its Sync Client"
  enabled                = true
  is_prototype           = true
  tags                   = ["_mitreAttackTactic:TA0010", "_mitreAttackTechnique:T1567.002"]
  expression             = "metadata_vendor = 'Microsoft' AND metadata_product = 'Windows' AND metadata_deviceEventId = 'Microsoft-Windows-Sysmon/Operational-3' AND lower(fields['EventData.Initiated']) = 'true' AND (lower(dstDevice_hostname) IN ('dropbox.com', 'dropboxapi.com', 'googleapis.com', 'onedrive.live.com', 'sharepoint.com', 'box.com', 'mega.nz', 'mega.co.nz', 'wetransfer.com', 'mediafire.com', 'gofile.io', 'anonfiles.com') OR dstDevice_hostname matches /(?is)^(?:.*\\.dropbox\\.com|.*\\.dropboxapi\\.com|.*\\.googleapis\\.com|.*\\.onedrive\\.live\\.com|.*\\.sharepoint\\.com|.*\\.box\\.com|.*\\.mega\\.nz|.*\\.mega\\.co\\.nz|.*\\.wetransfer\\.com|.*\\.mediafire\\.com|.*\\.gofile\\.io|.*\\.anonfiles\\.com)$/) AND NOT (baseImage matches /(?is)^(?:.*\\\\OneDrive\\.exe|.*\\\\Dropbox\\.exe|.*\\\\GoogleDriveFS\\.exe|.*\\\\Box\\.exe|.*\\\\BoxSync\\.exe|.*\\\\MEGAsync\\.exe)$/ OR lower(baseImage) LIKE '%\\chrome.exe' OR lower(baseImage) LIKE '%\\msedge.exe' OR lower(baseImage) LIKE '%\\firefox.exe' OR lower(baseImage) LIKE '%\\brave.exe')"
  name_expression        = "Connection To Cloud Storage By A Process Other Than Its Sync Client"
  description_expression = "Detects connections to cloud storage and file-sharing services from processes that are not the\nservices' own sync clients or a browser. Exfiltration tools (rclone, curl, PowerShell, custom\nuploaders) talk to these APIs directly. Domains match at label boundaries, so box.com does not\nmatch dropbox.com or xbox.com.\n\nSigma rule \"Connection To Cloud Storage By A Process Other Than Its Sync Client\" (id 6c1e9b2d-4f3a-4c5b-9d6e-0a1b2c3d4e5f), by sigma2sumo. Licence: Apache-2.0. File: rules/t1567.002/net_connection_win_cloud_storage_non_sync_client.yml.\nReferences: https://attack.mitre.org/techniques/T1567/002/\nFalse positives: Backup agents and DevOps tools (azcopy, gsutil, rclone) used on purpose; Office applications opening files from SharePoint or OneDrive\nLog source: category: network_connection, product: windows"
  summary_expression     = "Connection To Cloud Storage By A Process Other Than Its Sync Client"
  entity_selectors {
    entity_type = "_hostname"
    expression  = "device_hostname"
  }
  entity_selectors {
    entity_type = "_hostname"
    expression  = "dstDevice_hostname"
  }
  entity_selectors {
    entity_type = "_ip"
    expression  = "srcDevice_ip"
  }
  entity_selectors {
    entity_type = "_username"
    expression  = "user_username"
  }
  entity_selectors {
    entity_type = "_process"
    expression  = "baseImage"
  }
  severity_mapping {
    type    = "constant"
    default = 3
  }
}

resource "sumologic_cse_match_rule" "sigma_e4c296ea_639b_4193_bf81_b6cb16078bb1" {
  name                   = "Command-Line Upload To A Cloud Storage API"
  enabled                = true
  is_prototype           = true
  tags                   = ["_mitreAttackTactic:TA0010", "_mitreAttackTechnique:T1567.002"]
  expression             = "metadata_vendor = 'Microsoft' AND metadata_product = 'Windows' AND metadata_deviceEventId IN ('Microsoft-Windows-Sysmon/Operational-1', 'Security-4688') AND (lower(commandLine) LIKE '%content.dropboxapi.com%' OR (lower(commandLine) LIKE '%graph.microsoft.com%' AND lower(commandLine) LIKE '%/content%') OR lower(commandLine) LIKE '%www.googleapis.com/upload/%' OR lower(commandLine) LIKE '%.blob.core.windows.net%' OR lower(commandLine) LIKE '%.s3.amazonaws.com%' OR lower(commandLine) LIKE '%upload.box.com%') AND (((lower(baseImage) LIKE '%\\curl.exe' OR lower(fields['EventData.OriginalFileName']) = 'curl.exe') AND (lower(commandLine) LIKE '% --data-binary %' OR lower(commandLine) LIKE '% --upload-file %' OR lower(commandLine) LIKE '% --form %')) OR ((lower(baseImage) LIKE '%\\powershell.exe' OR lower(baseImage) LIKE '%\\pwsh.exe' OR lower(fields['EventData.OriginalFileName']) IN ('powershell.exe', 'pwsh.dll')) AND (lower(commandLine) LIKE '%-infile %' OR lower(commandLine) LIKE '%-method put%' OR lower(commandLine) LIKE '%-method post%' OR lower(commandLine) LIKE '%.uploadfile(%')))"
  name_expression        = "Command-Line Upload To A Cloud Storage API"
  description_expression = "Detects curl and PowerShell sending a file to the upload endpoint of a cloud storage API:\nDropbox's content API, a Microsoft Graph drive item's content, Google's upload API, Azure blob and\nS3 storage, Box's upload host. Atomic Red Team's T1567.002 tests upload with curl --data-binary to\ncontent.dropboxapi.com and with Invoke-RestMethod -Method Put to graph.microsoft.com .../content.\nDownloads from the same hosts (no upload flag) do not match. curl's short forms -T and -F are left\nout: Sigma compares case-insensitively, and -t and -f are other options (-f is --fail, common in\ndownloads); the connection rule of this folder still sees curl reach these hosts.\n\nSigma rule \"Command-Line Upload To A Cloud Storage API\" (id e4c296ea-639b-4193-bf81-b6cb16078bb1), by sigma2sumo. Licence: Apache-2.0. File: rules/t1567.002/proc_creation_win_cli_upload_to_cloud_storage_api.yml.\nReferences: https://attack.mitre.org/techniques/T1567/002/ https://www.dropbox.com/developers/documentation/http/documentation#files-upload https://learn.microsoft.com/en-us/graph/api/driveitem-put-content\nFalse positives: Backup or deployment scripts that upload with curl or PowerShell\nLog source: category: process_creation, product: windows"
  summary_expression     = "Command-Line Upload To A Cloud Storage API"
  entity_selectors {
    entity_type = "_hostname"
    expression  = "device_hostname"
  }
  entity_selectors {
    entity_type = "_username"
    expression  = "user_username"
  }
  entity_selectors {
    entity_type = "_process"
    expression  = "baseImage"
  }
  entity_selectors {
    entity_type = "_command"
    expression  = "commandLine"
  }
  severity_mapping {
    type    = "constant"
    default = 3
  }
}

resource "sumologic_cse_match_rule" "sigma_4d8f0b2c_7e9a_4f1b_a3c5_e7f9b1d3a5c7" {
  name                   = "Rclone Copying To Or Configuring A Cloud Remote"
  enabled                = true
  is_prototype           = true
  tags                   = ["_mitreAttackTactic:TA0010", "_mitreAttackTechnique:T1567.002"]
  expression             = "metadata_vendor = 'Microsoft' AND metadata_product = 'Windows' AND metadata_deviceEventId IN ('Microsoft-Windows-Sysmon/Operational-1', 'Security-4688') AND (((lower(baseImage) LIKE '%\\rclone.exe' OR lower(fields['EventData.OriginalFileName']) = 'rclone.exe' OR lower(fields['EventData.Description']) = 'rsync for cloud storage') AND (lower(commandLine) LIKE '% copy %' OR lower(commandLine) LIKE '% sync %' OR lower(commandLine) LIKE '% move %' OR lower(commandLine) LIKE '% copyto %')) OR ((lower(baseImage) LIKE '%\\rclone.exe' OR lower(fields['EventData.OriginalFileName']) = 'rclone.exe' OR lower(fields['EventData.Description']) = 'rsync for cloud storage') AND lower(commandLine) LIKE '% config create %') OR ((lower(baseImage) LIKE '%\\rclone.exe' OR lower(fields['EventData.OriginalFileName']) = 'rclone.exe' OR lower(fields['EventData.Description']) = 'rsync for cloud storage') AND lower(commandLine) LIKE '% listremotes%' AND lower(commandLine) LIKE '% --config%'))"
  name_expression        = "Rclone Copying To Or Configuring A Cloud Remote"
  description_expression = "Detects rclone, a favourite tool for exfiltration to cloud storage, copying or syncing data,\ncreating a remote, or listing the remotes of a given configuration file. Renamed copies are caught\nby the original file name and description.\n\nSigma rule \"Rclone Copying To Or Configuring A Cloud Remote\" (id 4d8f0b2c-7e9a-4f1b-a3c5-e7f9b1d3a5c7), by sigma2sumo. Licence: Apache-2.0. File: rules/t1567.002/proc_creation_win_rclone_exfiltration.yml.\nReferences: https://attack.mitre.org/techniques/T1567/002/ https://rclone.org/commands/\nFalse positives: Administrators using rclone for sanctioned backups\nLog source: category: process_creation, product: windows"
  summary_expression     = "Rclone Copying To Or Configuring A Cloud Remote"
  entity_selectors {
    entity_type = "_hostname"
    expression  = "device_hostname"
  }
  entity_selectors {
    entity_type = "_username"
    expression  = "user_username"
  }
  entity_selectors {
    entity_type = "_process"
    expression  = "baseImage"
  }
  entity_selectors {
    entity_type = "_command"
    expression  = "commandLine"
  }
  severity_mapping {
    type    = "constant"
    default = 6
  }
}

resource "sumologic_content" "sigma_detections" {
  parent_id = var.sumo_parent_folder_id
  config    = <<EOT
{
  "type" : "FolderSyncDefinition",
  "name" : "Sigma detections",
  "description" : "Sigma detections compiled by sigma2sumo; each search names its Sigma rule and licence.",
  "children" : [ {
    "type" : "SavedSearchWithScheduleSyncDefinition",
    "name" : "Web Service C2 Command Line Followed By A Connection From The Same Program",
    "description" : "Level: high. Joins the two T1102.002 detections: a command line that uses a web service as a command channel,\nand a connection from a script engine or LOLBin to such a service, by the same program run by the\nsame user within ten minutes. Sysmon's ProcessGuid, or the host, would tie them closer, but Cloud\nSIEM's records of Sysmon event 3 carry neither (its mapping fills baseImage and user_username from\nImage and User, and no schema field from ProcessGuid or Computer), and Cloud SIEM groups by schema\nfields only, so the rule groups by what both targets have.\n\nSigma rule \"Web Service C2 Command Line Followed By A Connection From The Same Program\" (id 5a9e7c3b-1d2f-4b6a-8c0e-2f4d6a8c0e1b), by sigma2sumo. Licence: Apache-2.0. File: rules/t1102.002/correlation_lolbin_web_service_c2.yml.",
    "search" : {
      "queryText" : "_sourceCategory=*sysmon*\n| json \"EventData.CommandLine\" as CommandLine nodrop\n| json \"EventData.Image\" as Image nodrop\n| json \"EventID\" as EventID nodrop\n| json \"EventData.Initiated\" as Initiated nodrop\n| json \"EventData.DestinationHostname\" as DestinationHostname nodrop\n| json \"EventData.User\" as User nodrop\n| if(num(EventID) = 1 and (CommandLine matches /(?is)^(?:.* -WindowStyle Hidden.*|.* \\/WindowStyle Hidden.*|.* –WindowStyle Hidden.*|.* —WindowStyle Hidden.*|.* ―WindowStyle Hidden.*|.* -w hidden.*|.* \\/w hidden.*|.* –w hidden.*|.* —w hidden.*|.* ―w hidden.*)$/ and (toLowerCase(CommandLine) matches \"*downloadstring*\" or toLowerCase(CommandLine) matches \"*uploadstring*\" or toLowerCase(CommandLine) matches \"*invoke-restmethod*\" or toLowerCase(CommandLine) matches \"*net.webclient*\") or toLowerCase(CommandLine) matches \"*invoke-restmethod*\" and toLowerCase(CommandLine) matches \"*authorization*\" and (toLowerCase(CommandLine) matches \"*api.dropboxapi.com*\" or toLowerCase(CommandLine) matches \"*content.dropboxapi.com*\" or toLowerCase(CommandLine) matches \"*graph.microsoft.com*\" or toLowerCase(CommandLine) matches \"*api.github.com*\") or toLowerCase(CommandLine) matches \"*net use*\" and toLowerCase(CommandLine) matches \"*d.docs.live.net*\" or (Image matches /(?is)^.*\\\\python\\.exe$/ or Image matches /(?is)^.*\\\\pythonw\\.exe$/) and toLowerCase(CommandLine) matches \"*urllib*\" and toLowerCase(CommandLine) matches \"*drive/v3/files*\"), 1, 0) as sigma_rule_1\n| if(num(EventID) = 3 and Image matches /(?is)^(?:.*\\\\powershell\\.exe|.*\\\\pwsh\\.exe|.*\\\\cmd\\.exe|.*\\\\wscript\\.exe|.*\\\\cscript\\.exe|.*\\\\mshta\\.exe|.*\\\\rundll32\\.exe|.*\\\\regsvr32\\.exe|.*\\\\certutil\\.exe|.*\\\\python\\.exe|.*\\\\pythonw\\.exe|.*\\\\curl\\.exe|.*\\\\wget\\.exe|.*\\\\bitsadmin\\.exe)$/ and toLowerCase(Initiated) = \"true\" and (toLowerCase(DestinationHostname) in (\"dropbox.com\", \"dropboxapi.com\", \"drive.google.com\", \"docs.google.com\", \"googleapis.com\", \"onedrive.live.com\", \"d.docs.live.net\", \"box.com\", \"pcloud.com\", \"mega.nz\", \"pastebin.com\", \"paste.ee\", \"ghostbin.com\", \"hastebin.com\", \"gist.github.com\", \"api.github.com\", \"raw.githubusercontent.com\", \"gist.githubusercontent.com\", \"twitter.com\", \"t.co\", \"blogspot.com\", \"api.telegram.org\", \"discord.com\", \"discordapp.com\", \"slack.com\", \"notion.so\", \"api.notion.com\", \"trello.com\") or DestinationHostname matches /(?is)^(?:.*\\.dropbox\\.com|.*\\.dropboxapi\\.com|.*\\.googleapis\\.com|.*\\.onedrive\\.live\\.com|.*\\.box\\.com|.*\\.pcloud\\.com|.*\\.mega\\.nz|.*\\.pastebin\\.com|.*\\.blogspot\\.com|.*\\.discordapp\\.com|.*\\.slack\\.com|.*\\.notion\\.so|.*\\.trello\\.com)$/), 1, 0) as sigma_rule_2\n| where sigma_rule_1 = 1 or sigma_rule_2 = 1\n| timeslice 10m\n| max(sigma_rule_1) as sigma_rule_1, max(sigma_rule_2) as sigma_rule_2 by _timeslice, User, Image\n| sigma_rule_1 + sigma_rule_2 as rule_count\n| where rule_count >= 2",
      "defaultTimeRange" : "-15m",
      "byReceiptTime" : false,
      "viewName" : "",
      "queryParameters" : [ ],
      "parsingMode" : "Manual"
    },
    "searchSchedule" : null
  }, {
    "type" : "SavedSearchWithScheduleSyncDefinition",
    "name" : "Script Engine Or LOLBin Connecting To A Web Service Used For C2",
    "description" : "Level: medium. Detects a script engine or a living-off-the-land binary opening an outbound connection to a public\nweb service that attackers use for bidirectional command and control: cloud storage, paste sites,\ncode hosting, social media, messaging and note-taking services. Domains match at label boundaries,\nso t.co does not match microsoft.com and box.com does not match dropbox.com.\n\nSigma rule \"Script Engine Or LOLBin Connecting To A Web Service Used For C2\" (id 3f6b2a1e-8c4d-4e5f-9a7b-1c2d3e4f5a60), by sigma2sumo. Licence: Apache-2.0. File: rules/t1102.002/net_connection_win_lolbin_web_service_c2.yml.\nReferences: https://attack.mitre.org/techniques/T1102/002/ https://lolbas-project.github.io/\nFalse positives: Administrative PowerShell scripts that back up to or read from sanctioned cloud storage; Build and deployment scripts that fetch from GitHub or post to Slack or Discord webhooks\nLog source: category: network_connection, product: windows",
    "search" : {
      "queryText" : "_sourceCategory=*sysmon*\n| json \"EventData.Image\" as Image nodrop\n| json \"EventData.Initiated\" as Initiated nodrop\n| json \"EventData.DestinationHostname\" as DestinationHostname nodrop\n| json \"EventID\" as EventID nodrop\n| where num(EventID) = 3 and Image matches /(?is)^(?:.*\\\\powershell\\.exe|.*\\\\pwsh\\.exe|.*\\\\cmd\\.exe|.*\\\\wscript\\.exe|.*\\\\cscript\\.exe|.*\\\\mshta\\.exe|.*\\\\rundll32\\.exe|.*\\\\regsvr32\\.exe|.*\\\\certutil\\.exe|.*\\\\python\\.exe|.*\\\\pythonw\\.exe|.*\\\\curl\\.exe|.*\\\\wget\\.exe|.*\\\\bitsadmin\\.exe)$/ and toLowerCase(Initiated) = \"true\" and (toLowerCase(DestinationHostname) in (\"dropbox.com\", \"dropboxapi.com\", \"drive.google.com\", \"docs.google.com\", \"googleapis.com\", \"onedrive.live.com\", \"d.docs.live.net\", \"box.com\", \"pcloud.com\", \"mega.nz\", \"pastebin.com\", \"paste.ee\", \"ghostbin.com\", \"hastebin.com\", \"gist.github.com\", \"api.github.com\", \"raw.githubusercontent.com\", \"gist.githubusercontent.com\", \"twitter.com\", \"t.co\", \"blogspot.com\", \"api.telegram.org\", \"discord.com\", \"discordapp.com\", \"slack.com\", \"notion.so\", \"api.notion.com\", \"trello.com\") or DestinationHostname matches /(?is)^(?:.*\\.dropbox\\.com|.*\\.dropboxapi\\.com|.*\\.googleapis\\.com|.*\\.onedrive\\.live\\.com|.*\\.box\\.com|.*\\.pcloud\\.com|.*\\.mega\\.nz|.*\\.pastebin\\.com|.*\\.blogspot\\.com|.*\\.discordapp\\.com|.*\\.slack\\.com|.*\\.notion\\.so|.*\\.trello\\.com)$/)",
      "defaultTimeRange" : "-15m",
      "byReceiptTime" : false,
      "viewName" : "",
      "queryParameters" : [ ],
      "parsingMode" : "Manual"
    },
    "searchSchedule" : null
  }, {
    "type" : "SavedSearchWithScheduleSyncDefinition",
    "name" : "Command Line Using A Web Service As A Command Channel",
    "description" : "Level: high. Detects command lines that read commands from or write output to a public web service, as in the\nAtomic Red Team tests for T1102.002: a hidden PowerShell window downloading or uploading a string,\nInvoke-RestMethod with an Authorization header against the Dropbox API, a network drive mapped to\nOneDrive's WebDAV endpoint, and Python reading files through the Google Drive API.\n\nSigma rule \"Command Line Using A Web Service As A Command Channel\" (id 8d0c4b7a-2e1f-4a3b-b5c6-7d8e9f0a1b2c), by sigma2sumo. Licence: Apache-2.0. File: rules/t1102.002/proc_creation_win_web_service_c2_cmdline.yml.\nReferences: https://attack.mitre.org/techniques/T1102/002/ https://github.com/redcanaryco/atomic-red-team/blob/master/atomics/T1102.002/T1102.002.md\nFalse positives: Administration scripts that call cloud APIs from a hidden window\nLog source: category: process_creation, product: windows",
    "search" : {
      "queryText" : "_sourceCategory=*sysmon*\n| json \"EventData.CommandLine\" as CommandLine nodrop\n| json \"EventData.Image\" as Image nodrop\n| json \"EventID\" as EventID nodrop\n| where num(EventID) = 1 and (CommandLine matches /(?is)^(?:.* -WindowStyle Hidden.*|.* \\/WindowStyle Hidden.*|.* –WindowStyle Hidden.*|.* —WindowStyle Hidden.*|.* ―WindowStyle Hidden.*|.* -w hidden.*|.* \\/w hidden.*|.* –w hidden.*|.* —w hidden.*|.* ―w hidden.*)$/ and (toLowerCase(CommandLine) matches \"*downloadstring*\" or toLowerCase(CommandLine) matches \"*uploadstring*\" or toLowerCase(CommandLine) matches \"*invoke-restmethod*\" or toLowerCase(CommandLine) matches \"*net.webclient*\") or toLowerCase(CommandLine) matches \"*invoke-restmethod*\" and toLowerCase(CommandLine) matches \"*authorization*\" and (toLowerCase(CommandLine) matches \"*api.dropboxapi.com*\" or toLowerCase(CommandLine) matches \"*content.dropboxapi.com*\" or toLowerCase(CommandLine) matches \"*graph.microsoft.com*\" or toLowerCase(CommandLine) matches \"*api.github.com*\") or toLowerCase(CommandLine) matches \"*net use*\" and toLowerCase(CommandLine) matches \"*d.docs.live.net*\" or (Image matches /(?is)^.*\\\\python\\.exe$/ or Image matches /(?is)^.*\\\\pythonw\\.exe$/) and toLowerCase(CommandLine) matches \"*urllib*\" and toLowerCase(CommandLine) matches \"*drive/v3/files*\")",
      "defaultTimeRange" : "-15m",
      "byReceiptTime" : false,
      "viewName" : "",
      "queryParameters" : [ ],
      "parsingMode" : "Manual"
    },
    "searchSchedule" : null
  }, {
    "type" : "SavedSearchWithScheduleSyncDefinition",
    "name" : "More Than 10 MiB Uploaded To Cloud Storage By One Client Within An Hour",
    "description" : "Level: high. Sums the bytes each client sends to cloud storage through the proxy within an hour and fires above\n10 MiB. Byte counts need a log source that has them: Sysmon network events (event 3) carry none,\nso this uses the proxy's cs-bytes (W3C: bytes sent from the client to the server). A proxy knows no\nprocess; the user agent stands for it (rclone, curl and python send their own).\n\nSigma rule \"More Than 10 MiB Uploaded To Cloud Storage By One Client Within An Hour\" (id 9e3a5c7b-0d2f-4e6a-8b1c-3d5f7a9b1c2e), by sigma2sumo. Licence: Apache-2.0. File: rules/t1567.002/correlation_proxy_bytes_to_cloud_storage.yml.",
    "search" : {
      "queryText" : "_sourceCategory=*proxy*\n| where toLowerCase(%\"cs-method\") in (\"post\", \"put\") and (toLowerCase(%\"cs-host\") in (\"dropbox.com\", \"content.dropboxapi.com\", \"www.googleapis.com\", \"storage.googleapis.com\", \"onedrive.live.com\", \"mega.nz\", \"wetransfer.com\", \"mediafire.com\", \"gofile.io\", \"anonfiles.com\") or %\"cs-host\" matches /(?is)^(?:.*\\.dropbox\\.com|.*\\.dropboxapi\\.com|.*\\.googleapis\\.com|.*\\.sharepoint\\.com|.*\\.box\\.com|.*\\.mega\\.nz|.*\\.wetransfer\\.com|.*\\.mediafire\\.com|.*\\.gofile\\.io)$/)\n| timeslice 1h\n| sum(%\"cs-bytes\") as value_sum by _timeslice, %\"c-ip\", %\"c-useragent\"\n| where value_sum > 10485760",
      "defaultTimeRange" : "-1h",
      "byReceiptTime" : false,
      "viewName" : "",
      "queryParameters" : [ ],
      "parsingMode" : "Manual"
    },
    "searchSchedule" : null
  }, {
    "type" : "SavedSearchWithScheduleSyncDefinition",
    "name" : "Rclone Configuration File Written",
    "description" : "Level: medium. Detects the creation of rclone.conf, which holds the cloud remotes and their credentials; attackers\ndrop a prepared configuration before exfiltrating with rclone.\n\nSigma rule \"Rclone Configuration File Written\" (id 7f2b4d6e-9a1c-4e3f-b5d7-0c2e4a6b8d0f), by sigma2sumo. Licence: Apache-2.0. File: rules/t1567.002/file_event_win_rclone_config_drop.yml.\nReferences: https://attack.mitre.org/techniques/T1567/002/ https://rclone.org/docs/#config-config-file\nFalse positives: Installation of rclone by administrators\nLog source: category: file_event, product: windows",
    "search" : {
      "queryText" : "_sourceCategory=*sysmon*\n| json \"EventData.TargetFilename\" as TargetFilename nodrop\n| json \"EventID\" as EventID nodrop\n| where num(EventID) = 11 and TargetFilename matches /(?is)^.*\\\\rclone\\.conf$/",
      "defaultTimeRange" : "-15m",
      "byReceiptTime" : false,
      "viewName" : "",
      "queryParameters" : [ ],
      "parsingMode" : "Manual"
    },
    "searchSchedule" : null
  }, {
    "type" : "SavedSearchWithScheduleSyncDefinition",
    "name" : "Connection To Cloud Storage By A Process Other Than Its Sync Client",
    "description" : "Level: medium. Detects connections to cloud storage and file-sharing services from processes that are not the\nservices' own sync clients or a browser. Exfiltration tools (rclone, curl, PowerShell, custom\nuploaders) talk to these APIs directly. Domains match at label boundaries, so box.com does not\nmatch dropbox.com or xbox.com.\n\nSigma rule \"Connection To Cloud Storage By A Process Other Than Its Sync Client\" (id 6c1e9b2d-4f3a-4c5b-9d6e-0a1b2c3d4e5f), by sigma2sumo. Licence: Apache-2.0. File: rules/t1567.002/net_connection_win_cloud_storage_non_sync_client.yml.\nReferences: https://attack.mitre.org/techniques/T1567/002/\nFalse positives: Backup agents and DevOps tools (azcopy, gsutil, rclone) used on purpose; Office applications opening files from SharePoint or OneDrive\nLog source: category: network_connection, product: windows",
    "search" : {
      "queryText" : "_sourceCategory=*sysmon*\n| json \"EventData.Initiated\" as Initiated nodrop\n| json \"EventData.DestinationHostname\" as DestinationHostname nodrop\n| json \"EventData.Image\" as Image nodrop\n| json \"EventID\" as EventID nodrop\n| where num(EventID) = 3 and toLowerCase(Initiated) = \"true\" and (toLowerCase(DestinationHostname) in (\"dropbox.com\", \"dropboxapi.com\", \"googleapis.com\", \"onedrive.live.com\", \"sharepoint.com\", \"box.com\", \"mega.nz\", \"mega.co.nz\", \"wetransfer.com\", \"mediafire.com\", \"gofile.io\", \"anonfiles.com\") or DestinationHostname matches /(?is)^(?:.*\\.dropbox\\.com|.*\\.dropboxapi\\.com|.*\\.googleapis\\.com|.*\\.onedrive\\.live\\.com|.*\\.sharepoint\\.com|.*\\.box\\.com|.*\\.mega\\.nz|.*\\.mega\\.co\\.nz|.*\\.wetransfer\\.com|.*\\.mediafire\\.com|.*\\.gofile\\.io|.*\\.anonfiles\\.com)$/) and !(Image matches /(?is)^(?:.*\\\\OneDrive\\.exe|.*\\\\Dropbox\\.exe|.*\\\\GoogleDriveFS\\.exe|.*\\\\Box\\.exe|.*\\\\BoxSync\\.exe|.*\\\\MEGAsync\\.exe)$/ or Image matches /(?is)^.*\\\\chrome\\.exe$/ or Image matches /(?is)^.*\\\\msedge\\.exe$/ or Image matches /(?is)^.*\\\\firefox\\.exe$/ or Image matches /(?is)^.*\\\\brave\\.exe$/)",
      "defaultTimeRange" : "-15m",
      "byReceiptTime" : false,
      "viewName" : "",
      "queryParameters" : [ ],
      "parsingMode" : "Manual"
    },
    "searchSchedule" : null
  }, {
    "type" : "SavedSearchWithScheduleSyncDefinition",
    "name" : "Command-Line Upload To A Cloud Storage API",
    "description" : "Level: medium. Detects curl and PowerShell sending a file to the upload endpoint of a cloud storage API:\nDropbox's content API, a Microsoft Graph drive item's content, Google's upload API, Azure blob and\nS3 storage, Box's upload host. Atomic Red Team's T1567.002 tests upload with curl --data-binary to\ncontent.dropboxapi.com and with Invoke-RestMethod -Method Put to graph.microsoft.com .../content.\nDownloads from the same hosts (no upload flag) do not match. curl's short forms -T and -F are left\nout: Sigma compares case-insensitively, and -t and -f are other options (-f is --fail, common in\ndownloads); the connection rule of this folder still sees curl reach these hosts.\n\nSigma rule \"Command-Line Upload To A Cloud Storage API\" (id e4c296ea-639b-4193-bf81-b6cb16078bb1), by sigma2sumo. Licence: Apache-2.0. File: rules/t1567.002/proc_creation_win_cli_upload_to_cloud_storage_api.yml.\nReferences: https://attack.mitre.org/techniques/T1567/002/ https://www.dropbox.com/developers/documentation/http/documentation#files-upload https://learn.microsoft.com/en-us/graph/api/driveitem-put-content\nFalse positives: Backup or deployment scripts that upload with curl or PowerShell\nLog source: category: process_creation, product: windows",
    "search" : {
      "queryText" : "_sourceCategory=*sysmon*\n| json \"EventData.CommandLine\" as CommandLine nodrop\n| json \"EventData.Image\" as Image nodrop\n| json \"EventData.OriginalFileName\" as OriginalFileName nodrop\n| json \"EventID\" as EventID nodrop\n| where num(EventID) = 1 and (toLowerCase(CommandLine) matches \"*content.dropboxapi.com*\" or toLowerCase(CommandLine) matches \"*graph.microsoft.com*\" and toLowerCase(CommandLine) matches \"*/content*\" or toLowerCase(CommandLine) matches \"*www.googleapis.com/upload/*\" or toLowerCase(CommandLine) matches \"*.blob.core.windows.net*\" or toLowerCase(CommandLine) matches \"*.s3.amazonaws.com*\" or toLowerCase(CommandLine) matches \"*upload.box.com*\") and ((Image matches /(?is)^.*\\\\curl\\.exe$/ or toLowerCase(OriginalFileName) = \"curl.exe\") and (toLowerCase(CommandLine) matches \"* --data-binary *\" or toLowerCase(CommandLine) matches \"* --upload-file *\" or toLowerCase(CommandLine) matches \"* --form *\") or (Image matches /(?is)^.*\\\\powershell\\.exe$/ or Image matches /(?is)^.*\\\\pwsh\\.exe$/ or toLowerCase(OriginalFileName) in (\"powershell.exe\", \"pwsh.dll\")) and (toLowerCase(CommandLine) matches \"*-infile *\" or toLowerCase(CommandLine) matches \"*-method put*\" or toLowerCase(CommandLine) matches \"*-method post*\" or toLowerCase(CommandLine) matches \"*.uploadfile(*\"))",
      "defaultTimeRange" : "-15m",
      "byReceiptTime" : false,
      "viewName" : "",
      "queryParameters" : [ ],
      "parsingMode" : "Manual"
    },
    "searchSchedule" : null
  }, {
    "type" : "SavedSearchWithScheduleSyncDefinition",
    "name" : "Rclone Copying To Or Configuring A Cloud Remote",
    "description" : "Level: high. Detects rclone, a favourite tool for exfiltration to cloud storage, copying or syncing data,\ncreating a remote, or listing the remotes of a given configuration file. Renamed copies are caught\nby the original file name and description.\n\nSigma rule \"Rclone Copying To Or Configuring A Cloud Remote\" (id 4d8f0b2c-7e9a-4f1b-a3c5-e7f9b1d3a5c7), by sigma2sumo. Licence: Apache-2.0. File: rules/t1567.002/proc_creation_win_rclone_exfiltration.yml.\nReferences: https://attack.mitre.org/techniques/T1567/002/ https://rclone.org/commands/\nFalse positives: Administrators using rclone for sanctioned backups\nLog source: category: process_creation, product: windows",
    "search" : {
      "queryText" : "_sourceCategory=*sysmon*\n| json \"EventData.Image\" as Image nodrop\n| json \"EventData.OriginalFileName\" as OriginalFileName nodrop\n| json \"EventData.Description\" as Description nodrop\n| json \"EventData.CommandLine\" as CommandLine nodrop\n| json \"EventID\" as EventID nodrop\n| where num(EventID) = 1 and ((Image matches /(?is)^.*\\\\rclone\\.exe$/ or toLowerCase(OriginalFileName) = \"rclone.exe\" or toLowerCase(Description) = \"rsync for cloud storage\") and (toLowerCase(CommandLine) matches \"* copy *\" or toLowerCase(CommandLine) matches \"* sync *\" or toLowerCase(CommandLine) matches \"* move *\" or toLowerCase(CommandLine) matches \"* copyto *\") or (Image matches /(?is)^.*\\\\rclone\\.exe$/ or toLowerCase(OriginalFileName) = \"rclone.exe\" or toLowerCase(Description) = \"rsync for cloud storage\") and toLowerCase(CommandLine) matches \"* config create *\" or (Image matches /(?is)^.*\\\\rclone\\.exe$/ or toLowerCase(OriginalFileName) = \"rclone.exe\" or toLowerCase(Description) = \"rsync for cloud storage\") and toLowerCase(CommandLine) matches \"* listremotes*\" and toLowerCase(CommandLine) matches \"* --config*\")",
      "defaultTimeRange" : "-15m",
      "byReceiptTime" : false,
      "viewName" : "",
      "queryParameters" : [ ],
      "parsingMode" : "Manual"
    },
    "searchSchedule" : null
  } ]
}
EOT
}
