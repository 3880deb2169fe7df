@echo off
rem sitrep: runs the sitrep command-line tool, sitrep.jar (in the same directory as this
rem script), as the POSIX script `sitrep` beside it does: %JAVA_HOME%\bin\java.exe when
rem JAVA_HOME is set, else java on the PATH; JVM options from JAVA_OPTS, then SITREP_OPTS; the
rem parallel collector unless those options name another one; hot methods inlined up to 100
rem bytecodes (-XX:FreqInlineSize=100), which the options may set again.
setlocal
set "SITREP_JAVA=java"
if defined JAVA_HOME set "SITREP_JAVA=%JAVA_HOME%\bin\java.exe"
set "SITREP_GC=-XX:+UseParallelGC"
for %%o in (%JAVA_OPTS% %SITREP_OPTS%) do (
  echo %%o| findstr /r /c:"^-XX:+Use.*GC$" >nul && set "SITREP_GC="
)
"%SITREP_JAVA%" %SITREP_GC% -XX:FreqInlineSize=100 %JAVA_OPTS% %SITREP_OPTS% -jar "%~dp0sitrep.jar" %*
exit /b %ERRORLEVEL%
