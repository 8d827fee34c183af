package org.acd.telephony.ami;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.asteriskjava.manager.AuthenticationFailedException;
import org.asteriskjava.manager.ManagerConnection;
import org.asteriskjava.manager.ManagerConnectionState;
import org.asteriskjava.manager.TimeoutException;
import org.asteriskjava.manager.event.ConnectEvent;
import org.asteriskjava.manager.event.DisconnectEvent;
import org.asteriskjava.manager.event.FullyBootedEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The AMI connection through Asterisk-Java's {@link ManagerConnection}. The first login is retried
 * on the {@code acd-ami-connect} thread with a doubling backoff until Asterisk answers; after a
 * lost connection Asterisk-Java itself reconnects (quickly ten times, then every 5 s).
 *
 * <p>The adapter resynchronises on Asterisk's {@code FullyBooted} event, not on the login: Asterisk
 * accepts AMI logins while it is still loading its modules, and until then it answers a device state
 * query for a PJSIP phone with an empty value, which would mark every agent unreachable with no
 * later change to correct it. Asterisk sends {@code FullyBooted} to a session that logs in after the
 * boot, and to every session when the boot completes, so each login, first or not, is followed by
 * exactly one resynchronisation once Asterisk can answer for its channels and devices
 * ({@link ResyncTrigger}). Until then, and whenever the connection is lost, every agent's phone
 * counts as unreachable ({@link AmiListener#allPhonesUnreachable}).
 */
public final class AmiConnection implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AmiConnection.class);

    private final AmiSettings settings;
    private final ManagerConnection connection;
    private final CountDownLatch closing = new CountDownLatch(1);
    private final AmiActions actions;
    private volatile boolean connected;
    private Thread connector;

    public AmiConnection(AmiSettings settings) {
        this.settings = settings;
        this.connection = new BoundedManagerConnection(settings);
        this.actions = new AmiActions(connection, settings.actionTimeout());
    }

    public AmiActions actions() {
        return actions;
    }

    public boolean isConnected() {
        return connected;
    }

    /**
     * Starts connecting in the background; {@code listener} gets every event, {@code onBooted} runs
     * once Asterisk is fully booted after each login.
     */
    public void start(AmiListener listener, Runnable onBooted) {
        AmiEventRouter router = listener.router();
        ResyncTrigger resync = new ResyncTrigger(onBooted);
        router.on(ConnectEvent.class, event -> {
            connected = true;
            LOG.info("AMI connected to {}:{} as {}", settings.host(), settings.port(), settings.username());
            resync.loggedIn();
        });
        router.on(FullyBootedEvent.class, event -> {
            LOG.info("Asterisk at {}:{} is fully booted", settings.host(), settings.port());
            resync.booted();
        });
        router.on(DisconnectEvent.class, event -> {
            connected = false;
            resync.disconnected();
            if (closing.getCount() > 0) {
                listener.allPhonesUnreachable();
            }
            LOG.warn("AMI connection to {}:{} lost; reconnecting", settings.host(), settings.port());
        });
        connection.addEventListener(router);
        listener.allPhonesUnreachable();
        connector = new Thread(this::loginUntilConnected, "acd-ami-connect");
        connector.setDaemon(true);
        connector.start();
    }

    private void loginUntilConnected() {
        Duration wait = settings.firstRetry();
        while (closing.getCount() > 0) {
            try {
                connection.login("call,system");
                return;
            } catch (AuthenticationFailedException e) {
                LOG.error("AMI login to {}:{} refused for user '{}': check the secret in {}; retrying in {} ms",
                        settings.host(), settings.port(), settings.username(), settings.secret(), wait.toMillis());
            } catch (IOException | TimeoutException | IllegalStateException e) {
                LOG.warn("AMI at {}:{} not reachable ({}); retrying in {} ms", settings.host(), settings.port(),
                        e.getMessage(), wait.toMillis());
            }
            try {
                if (closing.await(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                    return;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            wait = min(wait.multipliedBy(2), settings.maxRetry());
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    @Override
    public void close() {
        closing.countDown();
        if (connector != null) {
            try {
                connector.join(TimeUnit.SECONDS.toMillis(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (connection.getState() == ManagerConnectionState.CONNECTED
                || connection.getState() == ManagerConnectionState.RECONNECTING) {
            connection.logoff();
        }
        connected = false;
    }
}
