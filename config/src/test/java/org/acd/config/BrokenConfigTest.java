package org.acd.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The broken-config table: each file under broken/ and every message its check must print, in order. */
final class BrokenConfigTest {

    static Stream<Arguments> brokenFiles() {
        return Stream.of(
                broken("bad-admin-tls.yaml",
                        "server.admin.tls.ca: unknown key; expected one of certificate, private_key (line 3)",
                        "server.admin.tls.certificate: 'missing-cert.pem' not found (a relative path starts at the configuration file's directory) (line 3)",
                        "server.admin.tls.private_key: must not be empty (line 3)"),
                broken("bad-agi-sources.yaml",
                        "server.agi.allow[1]: 'asterisk.example.com' is not an IP address or CIDR block; write it like 10.0.0.5 or 10.0.0.0/24 (host names are not looked up) (line 3)",
                        "server.agi.allow[2]: '10.0.0.1/24' has bits set after its /24 prefix; did you mean 10.0.0.0/24? (line 3)",
                        "server.agi.allow[3]: '192.168.1.0/33': the prefix must be a number from 0 to 32 (line 3)",
                        "server.agi.allow[5]: 'fe80::zz' is not an IP address or CIDR block; write it like 10.0.0.5 or 10.0.0.0/24 (host names are not looked up) (line 3)",
                        "server.agi.allow[6]: an address is a value like 10.0.0.5 or 10.0.0.0/24, not a map (line 3)",
                        "server.agi.max_sessions_per_source: 0 is outside 1 to 1000000 (line 4)"),
                broken("bad-business-hours.yaml",
                        "business_hours.time_zone: 'Europe/Atlantis' is not a time zone; write it like Europe/Berlin or UTC (line 8)",
                        "business_hours.weekly.someday: unknown key; expected one of friday, monday, saturday, sunday, thursday, tuesday, wednesday (line 12)",
                        "business_hours.weekly.monday[1]: overlaps another period of monday (line 10)",
                        "business_hours.weekly.tuesday[0]: '8 to 5' is not a period; write it like 08:00-20:00 (line 11)",
                        "holidays[1].date: 2026-12-25 is listed twice (line 15)",
                        "holidays[2].date: '25.12.2026' is not a date; write it like 2026-12-25 (line 16)"),
                broken("bad-callback-and-announce.yaml",
                        "queues[0].callback.redial: unknown key; expected one of answer_timeout, max_attempts, retry_interval (line 6)",
                        "queues[0].callback.retry_interval: must be more than 0 (line 6)",
                        "queues[0].callback.max_attempts: 0 is outside 1 to 100 (line 6)",
                        "queues[0].callback.answer_timeout: 'soon' is not a duration; write it like 250ms, 30s, 5m or 8h (line 6)",
                        "queues[0].announce.every: missing (line 7)",
                        "queues[0].announce.position: announces neither position nor wait; set one to true, or leave announce out (line 7)",
                        "queues[1].announce.min_change: '-5s' is not a duration; write it like 250ms, 30s, 5m or 8h (line 10)"),
                broken("bad-caller-directory.yaml",
                        "caller_directory.jdbc_url: 'postgres://db/customers' is not a JDBC URL (jdbc:...) (line 9)",
                        "caller_directory.default_tier: unknown tier 'standrd' (did you mean 'standard'?) (line 10)",
                        "caller_directory.csv: broken-customers.csv line 2: unknown tier 'platinum' (line 8)",
                        "caller_directory.csv: broken-customers.csv line 3: 3 columns, the header has 4 (line 8)"),
                broken("bad-durations.yaml",
                        "tiers[0].max_wait_behind_others: '1 minute' is not a duration; write it like 250ms, 30s, 5m or 8h (line 2)",
                        "queues[0].ring_timeout: must be more than 0 (line 4)",
                        "queues[0].wrap_up: '2 seconds' is not a duration; write it like 250ms, 30s, 5m or 8h (line 4)"),
                broken("bad-exits.yaml",
                        "queues[0].on_max_wait.target: unknown queue 'ordrs' (did you mean 'orders'?) (line 7)",
                        "queues[0].on_full.target: missing (line 8)",
                        "queues[0].when_no_agents.action: 'teleport' is not an exit; use queue, voicemail, transfer, callback or hangup (line 9)"),
                broken("bad-inbound.yaml",
                        "inbound.prompt: must not be empty (line 8)",
                        "inbound.digits.2: unknown queue 'sales' (line 9)",
                        "inbound.digits.12: '12' is not one key (0-9, * or #) (line 9)",
                        "inbound.default_queue: unknown queue 'order' (did you mean 'orders'?) (line 10)"),
                broken("bad-kpi.yaml",
                        "queues[0].service_level.target: '0.8' is not a percentage above 0 and at most 100, like 80% (line 4)",
                        "kpi.service_level: 'soon' is not a duration; write it like 250ms, 30s, 5m or 8h (line 9)",
                        "kpi.wallboard.red_after: must be later than yellow_after (line 10)",
                        "kpi.wallboard.abandon_yellow: '5' is not a percentage above 0 and at most 100, like 5% (line 10)",
                        "kpi.wallboard.abandon_red: must be above abandon_yellow (line 10)"),
                broken("bad-overflow.yaml",
                        "queues[0].overflow[0]: give exactly one of relax_proficiency, add_skill, raise_priority, move_to (line 7)",
                        "queues[0].overflow[1]: give exactly one of relax_proficiency, add_skill, raise_priority, move_to (found relax_proficiency, raise_priority) (line 8)",
                        "queues[0].overflow[2].move_to: a queue cannot overflow into itself (line 9)",
                        "queues[0].overflow[3].add_skill: unknown skill 'bill' (line 10)",
                        "queues[0].overflow[4].raise_priority: must be more than 0 (line 11)"),
                broken("bad-server.yaml",
                        "server.agi.port: 'http' is not a whole number (line 2)",
                        "server.admin.bind: must not be empty (line 3)",
                        "server.admin.port: -1 is outside 0 to 65535 (line 3)"),
                broken("bad-sounds-directory.yaml",
                        "ivr.sounds: no directory 'no-such-sounds' (line 8)"),
                broken("bad-strategy.yaml",
                        "queues[0].strategy: 'fastest' is not a strategy; use longest_idle, most_skilled, least_occupied or round_robin (line 4)"),
                broken("duplicate-ids.yaml",
                        "skills[1]: 'orders' is listed twice (line 1)",
                        "tiers[1].id: 'standard' is defined twice (first at tiers[0]) (line 2)",
                        "queues[1].id: 'orders' is defined twice (first at queues[0]) (line 5)",
                        "agents[1].id: 'ava' is defined twice (first at agents[0]) (line 8)"),
                broken("duplicate-key.yaml",
                        "queues[0].strategy: given twice (first on line 6) (line 7)"),
                broken("empty-agi-allow.yaml",
                        "server.agi.allow: must not be empty; leave it out to allow this machine only (line 2)",
                        "server.admin.tls.certificate: 'nowhere.pem' not found (a relative path starts at the configuration file's directory) (line 4)",
                        "server.admin.tls.private_key: missing (line 4)"),
                broken("entry-move-cycle.yaml",
                        "queues[0]: on_full/when_no_agents moves lead back to this queue (line 4)",
                        "queues[1]: on_full/when_no_agents moves lead back to this queue (line 5)"),
                broken("flow-bad-node-fields.yaml",
                        "ivr.flows.main.nodes.ask.max_length: must not be less than min_length (8) (line 18)",
                        "ivr.flows.main.nodes.ask.terminator: '5' is not * or # (line 19)",
                        "ivr.flows.main.nodes.ask.pattern: '[0-9' is not a regular expression: Unclosed character class (line 20)",
                        "ivr.flows.main.nodes.find.source: 'phonebook' is not one of caller_id, account, order (line 23)",
                        "ivr.flows.main.nodes.tier.cases.platinm: unknown tier 'platinm' (did you mean 'platinum'?) (line 27)",
                        "ivr.flows.main.nodes.vip.prompt: unknown key; expected one of callback_offer, priority, queue, type (line 28)",
                        "ivr.flows.main.nodes.vip.callback_offer.flow: unknown flow 'callbak' (line 28)"),
                broken("flow-bad-node-types.yaml",
                        "ivr.flows.main.nodes.welcome.type: unknown node type 'paly'; one of play, say, menu, collect, lookup, branch, set, queue, callback, voicemail, transfer, hangup (line 13)",
                        "ivr.flows.main.nodes.bye.type: missing; one of play, say, menu, collect, lookup, branch, set, queue, callback, voicemail, transfer, hangup (line 14)"),
                broken("flow-cycle-without-input.yaml",
                        "ivr.flows.main.nodes.welcome: loops back through welcome -> again -> welcome without waiting for the caller (add a menu or collect to the loop) (line 13)"),
                broken("flow-empty-prompts-and-menu.yaml",
                        "ivr.flows.main.nodes.welcome.prompts[1]: a prompt must not be empty (line 13)",
                        "ivr.flows.main.nodes.menu.prompt: a prompt must not be empty (line 14)",
                        "ivr.flows.main.nodes.menu.options: a menu needs at least one option (line 14)",
                        "ivr.flows.main.nodes.bye.prompt: a prompt must not be empty (line 15)"),
                broken("flow-missing-prompt.yaml",
                        "ivr.flows.main.nodes.welcome.prompts[1]: no sound file for prompt 'helo' in sounds (looked for "
                                + ".gsm, .wav, .ulaw, .alaw, .sln, .g722 and Asterisk's other sound extensions) (line 14)",
                        "ivr.flows.main.nodes.ask.prompt: no sound file for prompt 'enter-number' in sounds (looked for "
                                + ".gsm, .wav, .ulaw, .alaw, .sln, .g722 and Asterisk's other sound extensions) (line 16)",
                        "ivr.flows.main.nodes.bye.prompt: no sound file for prompt 'goodbye.ulaw' in sounds (looked for "
                                + ".gsm, .wav, .ulaw, .alaw, .sln, .g722 and Asterisk's other sound extensions) (line 17)"),
                broken("flow-unknown-entry-flow.yaml",
                        "ivr.entry_flow: unknown flow 'mian' (line 8)"),
                broken("flow-unknown-targets.yaml",
                        "ivr.flows.main.nodes.menu.options.1: unknown node 'orders_queu' (did you mean 'orders_queue'?) (line 17)",
                        "ivr.flows.main.nodes.menu.options.2: unknown node 'nowhere' (line 17)",
                        "ivr.flows.main.nodes.orders_queue.queue: unknown queue 'ordes' (did you mean 'orders'?) (line 19)",
                        "ivr.flows.main.entry: unknown node 'welcom' (did you mean 'welcome'?) (line 11)"),
                broken("flow-unreachable-node.yaml",
                        "ivr.flows.main.nodes.forgotten: unreachable from the entry node 'welcome' (line 15)"),
                broken("literal-secret.yaml",
                        "asterisk.ami.secret: never write the secret into the file; name where it is with secret_env or secret_file (line 2)",
                        "asterisk.ami: give exactly one of secret_env and secret_file (line 2)"),
                broken("missing-csv.yaml",
                        "caller_directory.csv: 'nowhere.csv' not found (a relative path starts at the configuration file's directory) (line 7)"),
                broken("missing-sections.yaml",
                        "skills: missing (line 1)",
                        "tiers: missing (line 1)",
                        "queues: missing (line 1)",
                        "agents: missing (line 1)"),
                broken("not-yaml.yaml",
                        "not valid YAML: while parsing a flow sequence, expected ',' or ']', but got : (line 2)"),
                broken("overflow-out-of-order.yaml",
                        "queues[0].overflow[1].after: must be more than 0 and not before the step above it (line 8)"),
                broken("proficiency-out-of-range.yaml",
                        "queues[0].skills[0].min_proficiency: 0 is outside 1 to 10 (line 4)",
                        "agents[0].skills.orders: 11 is outside 1 to 10 (line 6)"),
                broken("secret-in-secret-env.yaml",
                        "asterisk.ami.secret_env: is not an environment variable's name (letters, digits and _, not starting with a digit); it names the variable that holds the secret, never the secret (line 5)"),
                broken("tier-unknown-skill.yaml",
                        "tiers[1].required_skill: unknown skill 'vp' (line 4)"),
                broken("two-secret-sources.yaml",
                        "asterisk.ami.port: 70000 is outside 1 to 65535 (line 2)",
                        "asterisk.ami: give exactly one of secret_env and secret_file (line 2)"),
                broken("unknown-agent-skill.yaml",
                        "agents[0].skills.biling: unknown skill 'biling' (did you mean 'billing'?) (line 6)",
                        "agents[0].skills.vip: unknown skill 'vip' (line 6)"),
                broken("unknown-queue-key.yaml",
                        "queues[0].ring_timout: unknown key; did you mean 'ring_timeout'? (line 4)"),
                broken("unknown-skill-in-queue.yaml",
                        "queues[2].skills[0]: unknown skill 'billng' (did you mean 'billing'?) (line 9)"),
                broken("unknown-top-key.yaml",
                        "queus: unknown key; did you mean 'queues'? (line 3)",
                        "timezone: unknown key; expected one of agents, asterisk, business_hours, caller_directory, holidays, inbound, ivr, kpi, queues, server, skills, tiers (line 8)"),
                broken("wrong-types.yaml",
                        "skills: must be a list, not a value (line 1)",
                        "tiers: must be a list, not a map (line 2)",
                        "queues[0]: must be a map, not a value (line 4)",
                        "agents[0].endpoint: must be a value, not a list (line 6)",
                        "agents[0].skills: must be a map, not a list (line 6)"));
    }

    private static Arguments broken(String file, String... problems) {
        return Arguments.of(file, List.of(problems));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFiles")
    void shouldReportEveryProblemOfTheFileWithItsPathAndLine(String file, List<String> expected)
            throws URISyntaxException {
        Path path = Path.of(BrokenConfigTest.class.getResource("/broken/" + file).toURI());

        InvalidConfigFileException error = assertThrows(InvalidConfigFileException.class, () -> ConfigLoader.load(path));

        assertEquals(expected, error.problems());
    }
}
