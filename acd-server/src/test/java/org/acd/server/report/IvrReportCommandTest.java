package org.acd.server.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.acd.core.journal.IvrJournal;
import org.acd.core.journal.IvrJournalEvents;
import org.acd.core.journal.Journal;
import org.acd.core.journal.JournalDurability;
import org.acd.server.AcdMain;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

final class IvrReportCommandTest {

    private static final long T0 = 1_700_000_000_000L;

    @TempDir
    static Path journal;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /**
     * Four calls into the retail flow: 1 checks an order and hangs up (contained), 2 is queued and
     * later takes a callback, 3 hangs up at the main menu, 4 is queued from the VIP check.
     */
    @BeforeAll
    static void journalIvrCalls() {
        new Journal(journal, JournalDurability.PAGE_CACHE).close();
        try (IvrJournal written = new IvrJournal(journal)) {
            IvrJournalEvents ivr = written.writer();
            ivr.flowEntered(T0, 1, "main", "+4930555013");
            ivr.lookupCompleted(T0 + 9_000, 1, "find_order", "ORDER", "FOUND");
            ivr.flowLeft(T0 + 20_000, 1, "main", "goodbye", "CONTAINED");
            ivr.flowEntered(T0, 2, "main", "+4930555012");
            ivr.flowLeft(T0 + 4_000, 2, "main", "orders_queue", "QUEUED");
            ivr.flowEntered(T0 + 130_000, 2, "callback_offer", "+4930555012");
            ivr.flowLeft(T0 + 140_000, 2, "callback_offer", "thanks", "CALLBACK");
            ivr.flowEntered(T0, 3, "main", "");
            ivr.inputRejected(T0 + 8_000, 3, "main_menu", "NO_INPUT", "", 1);
            ivr.flowLeft(T0 + 9_000, 3, "main", "main_menu", "CALLER_HUNG_UP");
            ivr.flowEntered(T0, 4, "main", "+4930555010");
            ivr.flowLeft(T0 + 3_000, 4, "main", "vip_queue", "QUEUED");
        }
    }

    @Test
    void shouldReportContainmentPerFlowAndForEveryCallThatEnteredTheIvr() {
        assertEquals(0, run("report", "--journal", journal.toString(), "--ivr", "--format", "csv"), err::toString);

        assertEquals(List.of("flow,entered,contained,containment,queued,abandoned_in_ivr,other_exits,left_at",
                "main,4,1,0.25,2,1,,goodbye:1 main_menu:1 orders_queue:1 vip_queue:1",
                "callback_offer,1,0,0.0,0,0,CALLBACK:1,thanks:1",
                "all,4,1,0.25,1,1,CALLBACK:1,callback_offer/thanks:1 main/goodbye:1 main/main_menu:1 main/vip_queue:1"),
                out.toString().lines().toList());
    }

    @Test
    void shouldAnswerTheIvrReportAsJsonRows() throws IOException {
        assertEquals(0, run("report", "--journal", journal.toString(), "--ivr", "--format", "json"), err::toString);

        JsonNode all = new ObjectMapper().readTree(out.toString()).get(2);
        assertEquals("all", all.get("flow").asText());
        assertEquals(0.25, all.get("containment").asDouble());
    }

    private int run(String... args) {
        CommandLine commandLine = AcdMain.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }
}
