@echo off
rem hls: checks, imports and renders board reports held as JSON or Word, and drafts learning digests. See docs/cli.md.
setlocal
set "HLS_HOME=%~dp0.."
if defined JAVA_HOME (set "JAVA=%JAVA_HOME%\bin\java") else (set "JAVA=java")
"%JAVA%" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xss4m -cp "%HLS_HOME%\lib\*" io.github.hls4j.examples.cli.Hls %*
exit /b %ERRORLEVEL%
