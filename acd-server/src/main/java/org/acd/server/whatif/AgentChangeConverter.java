package org.acd.server.whatif;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.acd.simulator.whatif.AgentChange;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --agents}: {@code +2} (two more in every queue), {@code orders=+2}, {@code billing=-1}. */
final class AgentChangeConverter implements ITypeConverter<AgentChange> {

    private static final Pattern CHANGE = Pattern.compile("(?:([^=\\s]+)=)?([+-]\\d{1,4})");

    @Override
    public AgentChange convert(String value) {
        Matcher matcher = CHANGE.matcher(value.strip());
        if (!matcher.matches() || Integer.parseInt(matcher.group(2)) == 0) {
            throw new TypeConversionException("'" + value + "' is not an agent change; write +2 (two more agents in "
                    + "every queue), orders=+2 or billing=-1");
        }
        return new AgentChange(Optional.ofNullable(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    }
}
