package com.evently.ticketing.deploy.manifests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import com.evently.ticketing.deploy.manifests.KubernetesBase.Manifest;

import tools.jackson.databind.JsonNode;

/** Every overlay as kubectl would apply it: valid by the schemas, complete, sized and pinned as documented. */
class OverlayManifestTest {

    static final List<String> OVERLAYS = Kustomize.OVERLAYS;

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyObjectMatchesTheSchemaOfItsKind(String overlay) {
        List<Manifest> rendered = Kustomize.render(overlay);
        assertThat(rendered).isNotEmpty();
        assertThat(rendered).as("kinds without a schema to check them against")
                .filteredOn(manifest -> !KubernetesSchemas.modelled(manifest))
                .extracting(KubernetesSchemas::typeOf)
                .allMatch(KubernetesSchemas.UNMODELLED::contains);
        assertThat(rendered.stream().filter(KubernetesSchemas::modelled)
                .flatMap(manifest -> KubernetesSchemas.violations(manifest).stream()).toList()).isEmpty();
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everythingLivesInTheSuitesNamespaceWithoutCpuLimits(String overlay) {
        for (Manifest manifest : Kustomize.render(overlay)) {
            if (!manifest.kind().equals("Namespace")) {
                assertThat(manifest.body().path("metadata").path("namespace").asString("")).as(manifest.toString())
                        .isEqualTo("ticketing");
            }
            if (manifest.kind().equals("Deployment")) {
                JsonNode resources = KubernetesBase.container(manifest).path("resources");
                assertThat(resources.path("limits").has("cpu")).as(manifest + " CPU limit").isFalse();
                assertThat(resources.path("requests").path("memory")).as(manifest.toString())
                        .isEqualTo(resources.path("limits").path("memory"));
            }
        }
    }

    /** A tag can be moved to other content; production runs exactly the images that were tested. */
    @Test
    void productionPinsEveryImageByDigest() {
        List<String> images = Kustomize.render("overlays/prod").stream().filter(OverlayManifestTest::runsPods)
                .map(workload -> KubernetesBase.container(workload).path("image").asString("")).toList();
        assertThat(images).as("7 Deployments, 6 migration Jobs").hasSize(13)
                .allSatisfy(image -> assertThat(image).matches("[^:@]+(:[^@]+)?@sha256:[0-9a-f]{64}"));
    }

    /** The overlays rename and pin the images; a migration must still run the very image of its service. */
    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void eachMigrationJobRunsTheImageOfItsService(String overlay) {
        List<Manifest> rendered = Kustomize.render(overlay);
        List<Manifest> jobs = rendered.stream().filter(manifest -> manifest.kind().equals("Job")).toList();
        assertThat(jobs).hasSize(6);
        for (Manifest job : jobs) {
            Manifest deployment = rendered.stream().filter(manifest -> manifest.kind().equals("Deployment")
                    && (manifest.name() + "-migration").equals(job.name())).findFirst().orElseThrow();
            assertThat(KubernetesBase.container(job).path("image").asString("")).as(job.toString())
                    .isEqualTo(KubernetesBase.container(deployment).path("image").asString());
        }
    }

    /**
     * Every Secret a pod reads is one the operator creates (ticketing-secrets, whose keys secret.example.yaml lists;
     * the basic-auth Secrets of the database roles) or one an operator writes (the KafkaUsers', the Kafka cluster CA).
     */
    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void podsReadOnlySecretsSomeoneIsToldToCreateOrAnOperatorWrites(String overlay) {
        List<Manifest> rendered = Kustomize.render(overlay);
        Set<String> known = new TreeSet<>(List.of("ticketing-secrets", "ticketing-cluster-ca-cert"));
        rendered.stream().filter(manifest -> manifest.kind().equals("KafkaUser")).forEach(user -> known.add(user.name()));
        rendered.stream().filter(manifest -> manifest.kind().equals("Cluster")).forEach(cluster -> cluster.body().path("spec")
                .path("managed").path("roles").values().forEach(role -> known.add(role.path("passwordSecret").path("name").asString(""))));
        Set<String> exampleKeys = new TreeSet<>(RepositoryFiles.yaml(KubernetesBase.DIRECTORY.resolve("secret.example.yaml"))
                .path("stringData").propertyNames());
        List<String> unknown = new ArrayList<>();
        for (Manifest deployment : rendered.stream().filter(OverlayManifestTest::runsPods).toList()) {
            for (JsonNode variable : KubernetesBase.container(deployment).path("env").values()) {
                JsonNode secret = variable.path("valueFrom").path("secretKeyRef");
                if (secret.isMissingNode()) {
                    continue;
                }
                String name = secret.path("name").asString("");
                if (!known.contains(name) || name.equals("ticketing-secrets") && !exampleKeys.contains(secret.path("key").asString(""))) {
                    unknown.add(deployment.name() + ": " + name + "/" + secret.path("key").asString(""));
                }
            }
            KubernetesBase.podSpec(deployment).path("volumes").values().stream().map(volume -> volume.path("secret"))
                    .filter(JsonNode::isObject).map(secret -> secret.path("secretName").asString(""))
                    .filter(name -> !known.contains(name)).forEach(name -> unknown.add(deployment.name() + ": volume " + name));
        }
        assertThat(unknown).isEmpty();
    }

    private static boolean runsPods(Manifest manifest) {
        return manifest.kind().equals("Deployment") || manifest.kind().equals("Job");
    }

    /** Production: the Gateway API route with its certificate; the Ingress stays the example dev uses. */
    @Test
    void productionIsReachedThroughTheGatewayApiOverHttpsOnlyDevThroughTheIngress() {
        List<Manifest> prod = Kustomize.render("overlays/prod");
        assertThat(prod).noneMatch(manifest -> manifest.kind().equals("Ingress"));
        assertThat(Kustomize.render("overlays/dev")).anyMatch(manifest -> manifest.kind().equals("Ingress"));
        List<Manifest> routes = prod.stream().filter(manifest -> manifest.kind().equals("HTTPRoute")).toList();
        assertThat(routes).isNotEmpty().allSatisfy(route -> {
            assertThat(route.body().path("spec").path("hostnames").values()).extracting(JsonNode::asString)
                    .containsExactly("tickets.example.com");
            route.body().path("spec").path("rules").values().forEach(rule -> rule.path("backendRefs").values().forEach(backend -> {
                assertThat(backend.path("name").asString("")).isEqualTo("gateway");
                assertThat(backend.path("port").asInt()).as("the gateway Service's http port").isEqualTo(8080);
            }));
        });
        assertThat(routes).as("HTTP redirected to HTTPS").anySatisfy(route -> assertThat(route.body().path("spec").path("rules")
                .path(0).path("filters").path(0).path("requestRedirect").path("scheme").asString("")).isEqualTo("https"));
        JsonNode certificate = prod.stream().filter(manifest -> manifest.kind().equals("Certificate")).findFirst().orElseThrow().body();
        assertThat(certificate.path("spec").path("dnsNames").values()).extracting(JsonNode::asString).containsExactly("tickets.example.com");
        JsonNode grant = prod.stream().filter(manifest -> manifest.kind().equals("ReferenceGrant")).findFirst().orElseThrow().body();
        assertThat(grant.path("spec").path("to").get(0).path("name").asString(""))
                .isEqualTo(certificate.path("spec").path("secretName").asString());
    }
}
