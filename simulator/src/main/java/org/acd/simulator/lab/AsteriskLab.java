package org.acd.simulator.lab;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Asterisk lab driven from Java: each method runs {@code scripts/asterisk-lab} and waits for
 * it. The lab must be provisioned first ({@code scripts/asterisk-lab provision}). The script runs
 * with this process's environment, so {@code ACD_LAB_DIR} and the port variables choose the lab
 * here as they do for the script.
 */
public final class AsteriskLab {

    /** The lab's ports, from the same environment variables scripts/asterisk-lab reads. */
    public static final LabPorts PORTS = LabPorts.of(System.getenv());
    public static final String SIP_SERVER = PORTS.sipServer();
    public static final int AMI_PORT = PORTS.ami();
    public static final int AGI_PORT = PORTS.agi();

    private static final String SCRIPT = "scripts/asterisk-lab";
    private static final Pattern RUNNING_PID = Pattern.compile("running, pid (\\d+)");

    private final Path repository;

    public AsteriskLab(Path repository) {
        this.repository = repository;
    }

    /** The lab of the repository this process runs in: the nearest directory up holding scripts/asterisk-lab. */
    public static AsteriskLab ofWorkingDirectory() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isExecutable(dir.resolve(SCRIPT))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException(SCRIPT + " not found in " + Path.of("").toAbsolutePath()
                    + " or above: run from the repository");
        }
        return new AsteriskLab(dir);
    }

    /** The pid of the running Asterisk. */
    public long pid() {
        String status = runOrFail("status");
        Matcher pid = RUNNING_PID.matcher(status);
        if (!pid.find()) {
            throw new IllegalStateException("no pid in the lab's status: " + status);
        }
        return Long.parseLong(pid.group(1));
    }


    public void start() {
        runOrFail("start");
    }

    public void stop() {
        runOrFail("stop");
    }

    public void restart() {
        runOrFail("restart");
    }

    /** Kills Asterisk at once (SIGKILL): no hang-ups, no goodbyes, as in a crash. */
    public void kill() {
        runOrFail("kill");
    }

    /** Runs an Asterisk CLI command in the lab and returns what it printed. */
    public String cli(String command) {
        return runOrFail("cli", command);
    }

    /** The file holding the AMI user's secret. */
    public Path amiSecretFile() {
        return Path.of(runOrFail("ami-secret").strip());
    }

    public Path repository() {
        return repository;
    }

    private String runOrFail(String... arguments) {
        Result result = run(arguments);
        if (result.exitCode() != 0) {
            throw new IllegalStateException("scripts/asterisk-lab " + String.join(" ", arguments) + " failed ("
                    + result.exitCode() + "): " + result.output());
        }
        return result.output();
    }

    private record Result(int exitCode, String output) {
    }

    private Result run(String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(repository.resolve(SCRIPT).toString());
        command.addAll(List.of(arguments));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not finish in 120 s");
            }
            return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + String.join(" ", command) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + String.join(" ", command), e);
        }
    }
}
