package org.acd.simulator.scenario;

import java.util.SplittableRandom;

/** A random duration of a scenario (patience, handle time); {@link #sampleMs} draws one, in whole milliseconds. */
public sealed interface Distribution {

    /** A draw rounded to the millisecond; {@link Long#MAX_VALUE} for {@link Never}. */
    long sampleMs(SplittableRandom random);

    /** Mean {@code meanMs}, memoryless. */
    record Exponential(double meanMs) implements Distribution {
        @Override
        public long sampleMs(SplittableRandom random) {
            return Math.round(-meanMs * Math.log(1.0 - random.nextDouble()));
        }
    }

    /** Log-normal with the given mean and standard deviation (of the duration itself, not of its log). */
    record LogNormal(double meanMs, double sdMs) implements Distribution {
        @Override
        public long sampleMs(SplittableRandom random) {
            double sigmaSquared = Math.log(1.0 + (sdMs * sdMs) / (meanMs * meanMs));
            double mu = Math.log(meanMs) - sigmaSquared / 2.0;
            return Math.round(Math.exp(mu + Math.sqrt(sigmaSquared) * Gaussian.next(random)));
        }
    }

    record Fixed(long valueMs) implements Distribution {
        @Override
        public long sampleMs(SplittableRandom random) {
            return valueMs;
        }
    }

    /** No patience limit: the caller waits for as long as it takes. */
    record Never() implements Distribution {
        @Override
        public long sampleMs(SplittableRandom random) {
            return Long.MAX_VALUE;
        }
    }

    /** Standard normal draws by the polar Box–Muller method (one of each pair is dropped, for statelessness). */
    final class Gaussian {
        private Gaussian() {
        }

        static double next(SplittableRandom random) {
            double u;
            double v;
            double s;
            do {
                u = 2.0 * random.nextDouble() - 1.0;
                v = 2.0 * random.nextDouble() - 1.0;
                s = u * u + v * v;
            } while (s >= 1.0 || s == 0.0);
            return u * Math.sqrt(-2.0 * Math.log(s) / s);
        }
    }
}
