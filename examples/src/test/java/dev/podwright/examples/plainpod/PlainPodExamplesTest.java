package dev.podwright.examples.plainpod;

import static dev.podwright.testing.PodSpecAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.podwright.io.ManifestReader;
import dev.podwright.io.PodSpecWriter;
import dev.podwright.testing.GoldenFiles;
import dev.podwright.validation.composition.CompositionValidator;
import io.kubernetes.client.openapi.models.V1PodSpec;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PlainPodExamplesTest {

  /** The seed's Pod manifest (metadata trimmed). */
  private static final String SEED_POD =
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: nginx
      spec:
        volumes:
        - name: shared-data
          emptyDir: {}
        containers:
        - name: nginx
          image: docker.io/library/nginx:1.24.0
          imagePullPolicy: IfNotPresent
          ports:
          - containerPort: 80
          volumeMounts:
          - name: shared-data
            mountPath:  /usr/share/nginx/html
        - name: content
          image: docker.io/library/busybox:1.36.0
          imagePullPolicy: IfNotPresent
          command:
          - "/bin/sh"
          args:
          - "-c"
          - "echo 'Hello from the sidecar container!' > /nginx-data/index.html && sleep 3600"
          volumeMounts:
          - name: shared-data
            mountPath: /nginx-data
      """;

  @Test
  void emitsTheSeedsTwoContainerPod() {
    CompositionValidator.Result result = PlainPodExamples.nginxWithContentSidecar().run();

    V1PodSpec spec = result.spec();
    GoldenFiles.assertMatches(
        Path.of("src/test/resources/expected/plainpod-nginx.yaml"), PodSpecWriter.toYaml(spec));
    V1PodSpec seed = new ManifestReader().readPodSpec(SEED_POD);
    assertThat(PodSpecWriter.toYaml(spec)).isEqualTo(PodSpecWriter.toYaml(seed));
    assertThat(spec.getInitContainers()).isNullOrEmpty();
    assertThat(spec.getContainers()).extracting("name").containsExactly("nginx", "content");
    assertThat(result.report()).hasNoViolations();
  }
}
