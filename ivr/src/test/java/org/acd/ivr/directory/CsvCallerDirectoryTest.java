package org.acd.ivr.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import org.acd.config.ConfigLoader;
import org.acd.config.model.CallerDirectorySettings;
import org.junit.jupiter.api.Test;

final class CsvCallerDirectoryTest {

    private final CallerDirectorySettings settings = ConfigLoader.load(Path.of("../config/examples/retail.yaml"))
            .callerDirectory().orElseThrow();
    private final CallerDirectory directory = CallerDirectories.of(settings, Runnable::run);

    @Test
    void shouldBeTheDirectoryOfAConfigurationWithACsvFile() {
        assertInstanceOf(CsvCallerDirectory.class, directory);
    }

    @Test
    void shouldFindTheExamplesCustomersByPhoneAndByAccount() {
        Customer ida = new Customer("+4930555010", "C-1001", "Ida Lang", "platinum", "de", "marketplace-seller");

        assertEquals(Optional.of(ida), now(directory.findByPhone("+4930555010")));
        assertEquals(Optional.of(ida), now(directory.findByAccount("C-1001")));
        assertEquals(Optional.empty(), now(directory.findByPhone("+4930555099")));
        assertEquals(Optional.empty(), now(directory.findByAccount("")), "a customer without an account is not found by ''");
    }

    @Test
    void shouldFindEveryOrderOfTheExample() {
        assertEquals(Optional.of(new Order("100240", "delivered")), now(directory.findOrder("100240")));
        assertEquals(Optional.of(new Order("100275", "processing")), now(directory.findOrder("100275")));
        assertEquals(Optional.empty(), now(directory.findOrder("999999")));
    }

    private static <T> T now(CompletionStage<T> lookup) {
        return lookup.toCompletableFuture().getNow(null);
    }
}
