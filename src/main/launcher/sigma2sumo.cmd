@echo off
rem Runs sigma2sumo.jar (beside this script, or in ..\lib as the release zip lays it out) with the
rem java of JAVA_HOME, else the java on the PATH. SIGMA2SUMO_JAVA_OPTS adds JVM options. No
rem parenthesised blocks: a path holding ")" (C:\Program Files (x86)) would end one early.
setlocal
set "S2S_DIR=%~dp0"
set "S2S_JAR=%S2S_DIR%sigma2sumo.jar"
if exist "%S2S_JAR%" goto havejar
set "S2S_JAR=%S2S_DIR%..\lib\sigma2sumo.jar"
:havejar
if not exist "%S2S_JAR%" goto nojar
set "S2S_JAVA=java"
if not defined JAVA_HOME goto run
set "S2S_JAVA=%JAVA_HOME%\bin\java.exe"
:run
"%S2S_JAVA%" %SIGMA2SUMO_JAVA_OPTS% -jar "%S2S_JAR%" %*
exit /b %ERRORLEVEL%
:nojar
echo sigma2sumo: sigma2sumo.jar is neither beside this script nor in ..\lib 1>&2
exit /b 2
