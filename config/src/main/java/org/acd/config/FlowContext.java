package org.acd.config;

/** What a flow's nodes may refer to: the file's queues, tiers, skills and flows, and the flow's own nodes. */
record FlowContext(KnownNames queues, KnownNames tiers, KnownNames skills, KnownNames flows, KnownNames nodes) {
}
