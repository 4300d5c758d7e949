package com.evently.ticketing.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import com.evently.ticketing.load.report.Arrivals;
import org.junit.jupiter.api.Test;

class LoadSettingsTest {

    @Test
    void environmentNamesMapToTheSystemPropertiesTheyStandFor() {
        assertThat(LoadSettings.propertyName("LOAD_CLIENTS")).isEqualTo("load.clients");
        assertThat(LoadSettings.propertyName("LOAD_REPOSITORY_ROOT")).isEqualTo("load.repositoryRoot");
        assertThat(LoadSettings.propertyName("LOAD_BASELINE_DURATION")).isEqualTo("load.baselineDuration");
        assertThat(LoadSettings.propertyName("LOAD_RATE")).isEqualTo("load.rate");
    }

    @Test
    void withoutARateTheClientsBookOneSeatAfterAnother() {
        LoadSettings settings = settings(Map.of("LOAD_CLIENTS", "8"), new Properties());

        assertThat(settings.rate()).isZero();
        assertThat(settings.arrivals()).isEqualTo(new Arrivals.Closed(8));
        assertThat(settings.arrivals().label()).isEqualTo("8");
    }

    @Test
    void aRateMakesTheBookingsArriveWhateverTheClients() {
        LoadSettings settings = settings(Map.of("LOAD_CLIENTS", "8", "LOAD_RATE", "20"), new Properties());

        assertThat(settings.rate()).isEqualTo(20.0);
        assertThat(settings.clients()).isEqualTo(8);
        assertThat(settings.arrivals()).isEqualTo(new Arrivals.Open(20));
        assertThat(settings.arrivals().label()).isEqualTo("rate 20/s");
        assertThat(settings.toString()).contains("rate=20.0");
    }

    @Test
    void aSystemPropertyOverridesTheEnvironmentsRateAndMayBeAFraction() {
        Properties properties = new Properties();
        properties.setProperty("load.rate", " 2.5 ");

        LoadSettings settings = settings(Map.of("LOAD_RATE", "20"), properties);

        assertThat(settings.arrivals()).isEqualTo(new Arrivals.Open(2.5));
        assertThat(settings.arrivals().label()).isEqualTo("rate 2.5/s");
    }

    @Test
    void aRunMeasuresUnlessItIsTheWarmUp() {
        assertThat(settings(Map.of(), new Properties()).warmUp()).isFalse();

        LoadSettings warmUp = settings(Map.of("LOAD_WARM_UP", "true"), new Properties());

        assertThat(warmUp.warmUp()).isTrue();
        assertThat(warmUp.toString()).endsWith(", warm-up]");
    }

    @Test
    void aRateOfZeroIsTheClosedModel() {
        assertThat(settings(Map.of("LOAD_RATE", "0", "LOAD_CLIENTS", "4"), new Properties()).arrivals())
                .isEqualTo(new Arrivals.Closed(4));
    }

    @Test
    void rejectsARateThatIsNoNumberOfBookingsPerSecond() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> settings(Map.of("LOAD_RATE", "fast"), new Properties()))
                .withMessageContaining("load.rate must be a number, was 'fast'");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> settings(Map.of("LOAD_RATE", "-5"), new Properties()))
                .withMessageContaining("load.rate must be bookings per second, 0 or more, was -5.0");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> settings(Map.of("LOAD_RATE", "NaN"), new Properties()));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> settings(Map.of("LOAD_RATE", "Infinity"), new Properties()));
    }

    @Test
    void aFlashSalesBuyersArriveAtTheRateUntilAllHaveCome() {
        LoadSettings flash = settings(Map.of("LOAD_RATE", "250", "LOAD_ATTEMPTS", "10000", "LOAD_DURATION", "30"),
                new Properties());

        assertThat(flash.arrivals()).isEqualTo(new Arrivals.Open(250));
        assertThat(flash.arrivalWindow()).isEqualTo(Duration.ofSeconds(40));
    }

    @Test
    void otherArrivalsGoOnForTheDuration() {
        LoadSettings hot = settings(Map.of("LOAD_RATE", "250", "LOAD_DURATION", "30"), new Properties());

        assertThat(hot.arrivalWindow()).isEqualTo(Duration.ofSeconds(30));
    }

    private static LoadSettings settings(Map<String, String> environment, Properties systemProperties) {
        Map<String, String> withPassword = new HashMap<>(environment);
        withPassword.put("BOOTSTRAP_ADMIN_PASSWORD", "not-needed-here");
        return LoadSettings.of(withPassword, systemProperties);
    }
}
