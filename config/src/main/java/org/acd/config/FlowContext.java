package org.acd.config;

import java.util.Optional;

/**
 * What a flow's nodes may refer to: the file's queues, tiers, skills and flows, the flow's own nodes,
 * and the sounds directory their prompts must be found in, when one is configured.
 */
record FlowContext(KnownNames queues, KnownNames tiers, KnownNames skills, KnownNames flows, KnownNames nodes,
                   Optional<SoundFiles> sounds) {
}
