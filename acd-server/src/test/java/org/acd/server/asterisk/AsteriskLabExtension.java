package org.acd.server.asterisk;

import org.acd.simulator.lab.AsteriskLab;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives end-to-end tests the Asterisk lab, started once for the whole run and stopped at its end.
 * A lab that cannot start fails the tests: .ci/run decides beforehand whether the suite runs.
 */
final class AsteriskLabExtension implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == AsteriskLab.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(RunningLab.class, key -> RunningLab.start(), RunningLab.class)
                .lab();
    }

    private record RunningLab(AsteriskLab lab) implements AutoCloseable {

        static RunningLab start() {
            AsteriskLab lab = AsteriskLab.ofWorkingDirectory();
            lab.stop();
            lab.start();
            return new RunningLab(lab);
        }

        @Override
        public void close() {
            lab.stop();
        }
    }

}
