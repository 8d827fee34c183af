package org.acd.telephony.ami;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.asteriskjava.manager.ManagerEventListener;
import org.asteriskjava.manager.event.ManagerEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands each AMI event to the one decoder registered for its exact type. Events of other types are
 * counted and dropped; a decoder that fails drops only that event, counted as malformed when the
 * event lacked what it needs and as failed otherwise. Runs on Asterisk-Java's event
 * thread and never blocks it.
 */
final class AmiEventRouter implements ManagerEventListener {

    private static final Logger LOG = LoggerFactory.getLogger(AmiEventRouter.class);

    private final Map<Class<? extends ManagerEvent>, Consumer<ManagerEvent>> decoders = new HashMap<>();
    private final AmiEventCounters counters;

    AmiEventRouter(AmiEventCounters counters) {
        this.counters = counters;
    }

    <E extends ManagerEvent> AmiEventRouter on(Class<E> type, AmiEventDecoder<? super E> decoder) {
        decoders.put(type, event -> decoder.decode(type.cast(event)));
        return this;
    }

    @Override
    public void onManagerEvent(ManagerEvent event) {
        Consumer<ManagerEvent> decoder = decoders.get(event.getClass());
        if (decoder == null) {
            counters.ignored();
            LOG.trace("AMI event {} ignored", event.getClass().getSimpleName());
            return;
        }
        try {
            decoder.accept(event);
            counters.decoded();
        } catch (MalformedAmiEventException e) {
            counters.malformed();
            LOG.debug("AMI event dropped: {}", e.getMessage());
        } catch (RuntimeException e) {
            counters.failed();
            LOG.warn("AMI event {} dropped: its decoder failed", event.getClass().getSimpleName(), e);
        }
    }
}
