package org.county.staffing.infra.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class PlatformOptionsTest {

    @Test
    void instancesAreTakenOutOfTheArgumentsEitherWay() {
        List<String> args = new ArrayList<>(List.of("--small", "--instances", "2"));
        assertThat(Platform.option(args, "--instances", "1", 1, 9)).isEqualTo(2);
        assertThat(args).containsExactly("--small");

        List<String> joined = new ArrayList<>(List.of("--instances=3"));
        assertThat(Platform.option(joined, "--instances", "1", 1, 9)).isEqualTo(3);
        assertThat(joined).isEmpty();

        assertThat(Platform.option(new ArrayList<>(), "--instances", "1", 1, 9)).isEqualTo(1);
    }

    @Test
    void aCountOutOfBoundsOrNotANumberIsRefused() {
        assertThatThrownBy(() -> Platform.option(new ArrayList<>(List.of("--instances", "0")), "--instances", "1", 1, 9))
                .hasMessageContaining("from 1 to 9");
        assertThatThrownBy(() -> Platform.option(new ArrayList<>(List.of("--instances", "two")), "--instances", "1", 1, 9))
                .hasMessageContaining("'two'");
    }

    @Test
    void everyInstanceHasItsOwnPortAndName() {
        Platform.Service quota = Platform.SERVICES.get(0);
        List<Platform.Instance> two = Platform.instances(quota, 2);
        assertThat(two).extracting(Platform.Instance::name).containsExactly("quota-service", "quota-service-2");
        assertThat(two).extracting(Platform.Instance::port).containsExactly(8081, 8091);
        assertThat(Platform.SERVICES.stream().flatMap(s -> Platform.instances(s, Platform.MAX_INSTANCES).stream())
                .map(Platform.Instance::port).distinct().count()).isEqualTo(5L * Platform.MAX_INSTANCES);
        assertThat(Platform.SERVICES.stream().flatMap(s -> Platform.instances(s, Platform.MAX_INSTANCES).stream())
                .map(Platform.Instance::port)).doesNotContain(Platform.CONSOLE.port(), Platform.KEYCLOAK_PORT);
    }
}
