package org.acd.supervisor;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code acdctl export queue-log}: the server's journal in other tools' formats. Main thread. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Exports the server's journal for other tools.", subcommands = ExportCommand.QueueLog.class)
final class ExportCommand {

    /**
     * {@code GET /api/export/queue-log}, streamed to standard output or to a file. A file is written
     * beside its final name and moved into place once the export is complete, so an export that
     * breaks off never leaves a truncated file that looks whole.
     */
    @Command(name = "queue-log", mixinStandardHelpOptions = true,
            description = {"The journal as Asterisk's queue_log (epoch|callid|queue|agent|EVENT|data), for "
                + "queue_log reporting tools.", "--from and --to keep the lines of that window."})
    static final class QueueLog implements Callable<Integer> {

        @Mixin
        private ConnectionOptions connection;

        @Mixin
        private ReportOptions.Window window;

        @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard "
                + "output.")
        private Path output;

        @Spec
        private CommandSpec spec;

        @Override
        public Integer call() {
            ReportOptions.Query query = new ReportOptions.Query();
            window.addTo(query);
            String path = query.on("api/export/queue-log");
            AdminClient client = connection.client();
            if (output == null) {
                PrintWriter out = spec.commandLine().getOut();
                client.download(path, AdminClient.REPORT_TIMEOUT, out);
                out.flush();
                return ExitCodes.OK;
            }
            Path partial = output.resolveSibling(output.getFileName() + ".part");
            try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                client.download(path, AdminClient.REPORT_TIMEOUT, out);
            } catch (IOException e) {
                throw new AcdCtlException(ExitCodes.API_ERROR, "cannot write " + partial + ": " + e.getMessage());
            } catch (AcdCtlException e) {
                deleteQuietly(partial);
                throw e;
            }
            try {
                Files.move(partial, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw new AcdCtlException(ExitCodes.API_ERROR, "cannot move " + partial + " to " + output + ": "
                        + e.getMessage());
            }
            return ExitCodes.OK;
        }

        private static void deleteQuietly(Path file) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // The failure being reported matters more than a leftover partial file.
            }
        }
    }
}
