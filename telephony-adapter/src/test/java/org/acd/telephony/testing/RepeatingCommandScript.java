package org.acd.telephony.testing;

import org.acd.telephony.agi.AgiScript;
import org.acd.telephony.agi.AgiSession;
import org.asteriskjava.fastagi.command.GetDataCommand;

/**
 * A script that keeps one command outstanding: it sends the next as soon as the last is answered,
 * so every line a peer sends after the environment is read as a reply. Fuzz targets use it.
 */
public final class RepeatingCommandScript implements AgiScript {

    @Override
    public void run(AgiSession session) {
        sendNext(session);
    }

    private static void sendNext(AgiSession session) {
        session.send(new GetDataCommand("menu", 5000, 1)).thenRun(() -> sendNext(session));
    }
}
