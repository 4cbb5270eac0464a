package dev.podwright.io.declaration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.podwright.emit.EmitOptions;
import dev.podwright.emit.PodSpecEmitter;
import dev.podwright.emit.SidecarPlacement;
import dev.podwright.io.KubernetesJackson;
import dev.podwright.io.SourceMap;
import dev.podwright.io.SourcePosition;
import dev.podwright.kubernetes.KubernetesVersion;
import dev.podwright.model.Action;
import dev.podwright.model.ContainerSpec;
import dev.podwright.model.DownwardApiItem;
import dev.podwright.model.EnvFrom;
import dev.podwright.model.EnvVar;
import dev.podwright.model.HostPathType;
import dev.podwright.model.KeyToPath;
import dev.podwright.model.Lifecycle;
import dev.podwright.model.Medium;
import dev.podwright.model.Port;
import dev.podwright.model.Precedence;
import dev.podwright.model.Probe;
import dev.podwright.model.Protocol;
import dev.podwright.model.PullPolicy;
import dev.podwright.model.RecursiveReadOnly;
import dev.podwright.model.Resources;
import dev.podwright.model.SecurityContext;
import dev.podwright.model.Sidecar;
import dev.podwright.model.SidecarMode;
import dev.podwright.model.Volume;
import dev.podwright.model.VolumeMount;
import dev.podwright.model.VolumeType;
import dev.podwright.model.WorkloadKind;
import io.kubernetes.client.custom.IntOrString;
import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.models.V1ConfigMapProjection;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1ServiceAccountTokenProjection;
import io.kubernetes.client.openapi.models.V1VolumeProjection;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The declaration format: the full example, env forms, every volume type, options and kinds. */
class DeclarationReaderTest {

  private static JsonNode tree(Object model) {
    return KubernetesJackson.jsonMapper().valueToTree(model);
  }

  private static Map<String, Quantity> quantities(String... keyValues) {
    Map<String, Quantity> map = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      map.put(keyValues[i], Quantity.fromString(keyValues[i + 1]));
    }
    return map;
  }

  private static final WorkloadKind UDF = WorkloadKind.builder("udf").build();
  private static final DeclarationReader READER = new DeclarationReader(Map.of("udf", UDF));

  @Test
  void exampleReadsIntoTheCompositionAndEmitsTheSpec() {
    Declaration declaration = READER.read(Path.of("src/test/resources/declarations/example.yaml"));

    assertThat(declaration.composition().kind()).isSameAs(UDF);
    assertThat(declaration.options())
        .isEqualTo(
            EmitOptions.builder()
                .kubernetesVersion("1.29")
                .sidecarMode(SidecarMode.NATIVE)
                .build());
    assertThat(declaration.composition().mainContainer())
        .isEqualTo(
            ContainerSpec.builder("main")
                .image("example/udf:1.4.2")
                .volumeMount("sockets", "/var/run/sockets")
                .volumeMount("shm", "/dev/shm")
                .build());
    assertThat(declaration.composition().volumes())
        .extracting(Volume::name, Volume::type)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("sockets", VolumeType.EMPTY_DIR),
            org.assertj.core.groups.Tuple.tuple("shm", VolumeType.EMPTY_DIR),
            org.assertj.core.groups.Tuple.tuple("proxy-config", VolumeType.CONFIG_MAP),
            org.assertj.core.groups.Tuple.tuple("tls", VolumeType.SECRET),
            org.assertj.core.groups.Tuple.tuple("nfs-data", VolumeType.OTHER));
    assertThat(declaration.composition().volumes().get(3))
        .isEqualTo(Volume.secret("tls", "proxy-tls").defaultMode(0400));
    Sidecar proxy = declaration.composition().sidecars().get(0);
    assertThat(proxy.spec().env())
        .containsExactly(EnvVar.of("LOG_LEVEL", "info"), EnvVar.of("CONCURRENCY", "2"));
    assertThat(proxy.spec().ports()).containsExactly(Port.named("admin", 9901));
    assertThat(proxy.spec().resources()).isEqualTo(Resources.builder().requestCpu("50m").build());
    assertThat(proxy.spec().startupProbe())
        .isEqualTo(Probe.httpGet("/ready", "admin").periodSeconds(2).failureThreshold(30));
    assertThat(proxy.spec().hasBase()).isFalse();
    Sidecar shipper = declaration.composition().sidecars().get(1);
    assertThat(shipper.spec().env())
        .containsExactly(
            EnvVar.fromField("POD_NAME", "metadata.name"),
            EnvVar.fromSecret("API_KEY", "log-shipper", "api-key"));
    assertThat(shipper.spec().securityContext())
        .isEqualTo(
            new SecurityContext(true, null, null, true, null, null, List.of(), List.of(), null));
    assertThat(declaration.composition().sidecarResourceDefaults())
        .isEqualTo(
            Resources.builder()
                .requestCpu("100m")
                .requestMemory("64Mi")
                .limitMemory("128Mi")
                .build());

    V1PodSpec spec =
        PodSpecEmitter.builder()
            .options(declaration.options())
            .build()
            .emit(declaration.composition());

    assertThat(spec.getContainers()).extracting(V1Container::getName).containsExactly("main");
    assertThat(spec.getInitContainers())
        .extracting(V1Container::getName, V1Container::getRestartPolicy)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("proxy", "Always"),
            org.assertj.core.groups.Tuple.tuple("log-shipper", "Always"),
            org.assertj.core.groups.Tuple.tuple("wait-for-config", null));
    V1Container proxyOut = spec.getInitContainers().get(0);
    assertThat(proxyOut.getResources().getRequests())
        .isEqualTo(quantities("cpu", "50m", "memory", "64Mi"));
    assertThat(proxyOut.getResources().getLimits()).isEqualTo(quantities("memory", "128Mi"));
    assertThat(proxyOut.getStartupProbe().getHttpGet().getPort().getStrValue()).isEqualTo("admin");
    assertThat(proxyOut.getVolumeMounts()).hasSize(3);
    V1Container shipperOut = spec.getInitContainers().get(1);
    assertThat(shipperOut.getSecurityContext().getRunAsNonRoot()).isTrue();
    assertThat(shipperOut.getResources().getRequests())
        .isEqualTo(quantities("cpu", "100m", "memory", "64Mi"));
    assertThat(spec.getVolumes().get(1).getEmptyDir().getMedium()).isEqualTo("Memory");
    assertThat(spec.getVolumes().get(1).getEmptyDir().getSizeLimit())
        .isEqualTo(Quantity.fromString("64Mi"));
    assertThat(spec.getVolumes().get(4).getNfs().getServer()).isEqualTo("nfs.example.internal");
  }

  @Test
  void exampleKnowsWhereEveryPathWasWritten() {
    Declaration declaration = READER.read(Path.of("src/test/resources/declarations/example.yaml"));
    SourceMap map = declaration.sourceMap();

    assertThat(map.file()).endsWith("example.yaml");
    assertThat(map.find("sidecars[0].volumeMounts[1].mountPath"))
        .contains(new SourcePosition(42, 32));
    assertThat(map.find("sidecars[0].env.CONCURRENCY")).contains(new SourcePosition(39, 20));
    assertThat(map.find("sidecars[0].env[1]")).contains(new SourcePosition(39, 20));
    assertThat(map.find("sidecars[0].env[1].value")).contains(new SourcePosition(39, 20));
    assertThat(map.find("sidecars[1].env[0].valueFrom.fieldRef.fieldPath"))
        .contains(new SourcePosition(54, 43));
    assertThat(map.find("volumes[1].emptyDir[sizeLimit]")).contains(new SourcePosition(16, 43));
    assertThat(map.find("sidecars[0].imagePullPolicy")).isEmpty();
    assertThat(map.findNearest("sidecars[0].imagePullPolicy")).isEqualTo(map.find("sidecars[0]"));
  }

  @Test
  void envAsMapAndAsListGiveTheSameSidecar() {
    String asMap =
        """
        sidecars:
          - name: s
            image: busybox:1.36
            env: {A: "1", B: two, C: true, D: 4, E: null}
        """;
    String asList =
        """
        sidecars:
          - name: s
            image: busybox:1.36
            env:
              - {name: A, value: "1"}
              - {name: B, value: two}
              - {name: C, value: "true"}
              - {name: D, value: "4"}
              - {name: E, value: ""}
        """;
    Sidecar fromMap = READER.read(asMap, "map.yaml").composition().sidecars().get(0);
    Sidecar fromList = READER.read(asList, "list.yaml").composition().sidecars().get(0);

    assertThat(fromMap).isEqualTo(fromList);
    assertThat(fromMap.spec().env())
        .containsExactly(
            EnvVar.of("A", "1"),
            EnvVar.of("B", "two"),
            EnvVar.of("C", "true"),
            EnvVar.of("D", "4"),
            EnvVar.of("E", ""));
    assertThat(fromMap.spec().hasBase()).isFalse();
  }

  @Test
  void envReferencesAndEnvFromMapOntoTheModel() {
    String yaml =
        """
        mainContainer:
          name: app
          image: app:1
          imagePullPolicy: IfNotPresent
          env:
            - {name: DB, valueFrom: {configMapKeyRef: {name: cfg, key: db, optional: true}}}
            - {name: MEM, valueFrom: {resourceFieldRef: {resource: limits.memory, divisor: 1Mi}}}
          envFrom:
            - {secretRef: {name: creds}, prefix: APP_}
            - configMapRef: {name: settings}
          ports:
            - {containerPort: 53, protocol: UDP, name: dns}
        """;
    ContainerSpec main = READER.read(yaml, null).composition().mainContainer();

    assertThat(main.pullPolicy()).isEqualTo(PullPolicy.IF_NOT_PRESENT);
    assertThat(main.env())
        .containsExactly(
            EnvVar.fromConfigMap("DB", "cfg", "db").asOptional(),
            EnvVar.fromResource("MEM", "limits.memory").withDivisor("1Mi"));
    assertThat(main.envFrom())
        .containsExactly(EnvFrom.secret("creds").withPrefix("APP_"), EnvFrom.configMap("settings"));
    assertThat(main.ports()).containsExactly(Port.named("dns", 53).protocol(Protocol.UDP));
    assertThat(main.hasBase()).isFalse();
  }

  @Test
  void fieldsTheModelCannotSayStayInTheBaseAndEmitUnchanged() {
    String yaml =
        """
        sidecars:
          - name: s
            image: busybox:1.36
            imagePullPolicy: Sometimes
            volumeMounts:
              - {name: v, mountPath: /v, readOnly: false}
            resources:
              claims: [{name: gpu}]
              limits: {cpu: "1"}
            restartPolicy: Always
        """;
    Sidecar sidecar = READER.read(yaml, null).composition().sidecars().get(0);

    assertThat(sidecar.spec().image()).isEqualTo("busybox:1.36");
    assertThat(sidecar.spec().pullPolicy()).isNull();
    assertThat(sidecar.spec().volumeMounts()).isEmpty();
    assertThat(sidecar.spec().resources())
        .isEqualTo(Resources.builder().limitCpu("1").claim("gpu", null).build());
    V1Container base = sidecar.spec().base();
    assertThat(base.getImagePullPolicy()).isEqualTo("Sometimes");
    assertThat(base.getVolumeMounts().get(0).getReadOnly()).isFalse();
    assertThat(base.getResources()).isNull();
    assertThat(base.getRestartPolicy()).isNull();

    V1PodSpec spec =
        PodSpecEmitter.builder()
            .options(EmitOptions.builder().sidecarMode(SidecarMode.CLASSIC).build())
            .build()
            .emit(READER.read(yaml, null).composition());
    V1Container out = spec.getContainers().get(0);
    assertThat(out.getImagePullPolicy()).isEqualTo("Sometimes");
    assertThat(out.getRestartPolicy()).isNull();
    assertThat(out.getResources().getClaims()).hasSize(1);
  }

  @Test
  void probesHooksAndSecurityContextMapOntoTheModel() {
    String yaml =
        """
        sidecars:
          - name: modelled
            livenessProbe: {tcpSocket: {port: 8080}, periodSeconds: 5}
            readinessProbe: {exec: {command: [cat, /ready]}}
            lifecycle: {preStop: {sleep: {seconds: 5}}, postStart: {exec: {command: [touch, /x]}}}
            securityContext:
              runAsNonRoot: true
              runAsUser: 1000
              allowPrivilegeEscalation: false
              capabilities: {drop: [ALL]}
              seccompProfile: {type: RuntimeDefault}
          - name: beyond
            livenessProbe:
              httpGet: {path: /h, port: 80, httpHeaders: [{name: X, value: y}]}
            securityContext:
              seccompProfile: {type: Localhost, localhostProfile: p.json}
          - name: two-handlers
            livenessProbe: {tcpSocket: {port: 1}, exec: {command: [x]}}
        """;
    List<Sidecar> sidecars = READER.read(yaml, null).composition().sidecars();

    ContainerSpec modelled = sidecars.get(0).spec();
    assertThat(modelled.livenessProbe()).isEqualTo(Probe.tcpSocket(8080).periodSeconds(5));
    assertThat(modelled.readinessProbe()).isEqualTo(Probe.exec("cat", "/ready"));
    assertThat(modelled.lifecycle())
        .isEqualTo(new Lifecycle(new Action.Exec(List.of("touch", "/x")), new Action.Sleep(5)));
    assertThat(modelled.securityContext())
        .isEqualTo(SecurityContext.restricted().withRunAsUser(1000));
    assertThat(modelled.hasBase()).isFalse();

    ContainerSpec beyond = sidecars.get(1).spec();
    assertThat(beyond.livenessProbe()).isEqualTo(Probe.httpGet("/h", 80).header("X", "y"));
    assertThat(beyond.securityContext())
        .isEqualTo(SecurityContext.builder().seccompProfile("Localhost", "p.json").build());
    assertThat(beyond.hasBase()).isFalse();

    ContainerSpec twoHandlers = sidecars.get(2).spec();
    assertThat(twoHandlers.livenessProbe()).isNull();
    assertThat(twoHandlers.base().getLivenessProbe().getExec().getCommand()).containsExactly("x");
  }

  @Test
  void everyVolumeTypeReadsIntoItsTypedModelAndEmitsAsWritten() throws Exception {
    String yaml =
        """
        volumes:
          - {name: scratch, emptyDir: {}}
          - {name: ram, emptyDir: {medium: Memory, sizeLimit: 1Gi}}
          - name: cfg
            configMap: {name: app-config, items: [{key: a, path: a.txt, mode: 0444}], optional: true}
          - name: sec
            secret: {secretName: app-secret, defaultMode: 0400}
          - {name: data, persistentVolumeClaim: {claimName: data-claim, readOnly: true}}
          - {name: sock, hostPath: {path: /var/run/docker.sock, type: Socket}}
          - name: proj
            projected:
              sources:
                - configMap: {name: app-config}
                - serviceAccountToken: {path: token, expirationSeconds: 3600}
          - name: podinfo
            downwardAPI:
              items:
                - {path: labels, fieldRef: {fieldPath: metadata.labels}}
                - {path: mem, resourceFieldRef: {containerName: app, resource: limits.memory}}
          - name: secrets-store
            csi:
              driver: secrets-store.csi.k8s.io
              readOnly: true
              volumeAttributes: {secretProviderClass: vault}
              nodePublishSecretRef: {name: csi-creds}
          - name: scratch-pvc
            ephemeral:
              volumeClaimTemplate:
                spec:
                  accessModes: [ReadWriteOnce]
                  storageClassName: fast
                  resources: {requests: {storage: 1Gi}}
          - {name: nfs, nfs: {server: nfs.local, path: /exports}}
          - {name: image-vol, image: {reference: "registry.example/data:1", pullPolicy: IfNotPresent}}
        """;
    Declaration declaration = READER.read(yaml, "volumes.yaml");
    List<Volume> volumes = declaration.composition().volumes();

    assertThat(volumes)
        .containsExactly(
            Volume.emptyDir("scratch"),
            Volume.emptyDir("ram").inMemory().sizeLimit("1Gi"),
            new Volume.ConfigMap(
                "cfg", "app-config", List.of(new KeyToPath("a", "a.txt", 0444)), null, true),
            Volume.secret("sec", "app-secret").defaultMode(0400),
            Volume.persistentVolumeClaim("data", "data-claim").asReadOnly(),
            Volume.hostPath("sock", "/var/run/docker.sock").ofType(HostPathType.SOCKET),
            Volume.projected(
                "proj",
                new V1VolumeProjection().configMap(new V1ConfigMapProjection().name("app-config")),
                new V1VolumeProjection()
                    .serviceAccountToken(
                        new V1ServiceAccountTokenProjection()
                            .path("token")
                            .expirationSeconds(3600L))),
            Volume.downwardApi(
                "podinfo",
                DownwardApiItem.field("labels", "metadata.labels"),
                DownwardApiItem.resource("mem", "app", "limits.memory")),
            new Volume.Csi(
                "secrets-store",
                "secrets-store.csi.k8s.io",
                true,
                null,
                Map.of("secretProviderClass", "vault"),
                "csi-creds"),
            Volume.ephemeral("scratch-pvc", "fast", "1Gi"),
            volumes.get(10),
            volumes.get(11));
    assertThat(volumes.get(10)).isInstanceOf(Volume.Raw.class);
    assertThat(volumes.get(10).type()).isEqualTo(VolumeType.OTHER);
    assertThat(volumes.get(11)).isInstanceOf(Volume.Raw.class);
    assertThat(((Volume.EmptyDir) volumes.get(1)).medium()).isEqualTo(Medium.MEMORY);

    V1PodSpec spec = PodSpecEmitter.standard().emit(declaration.composition());
    V1PodSpec direct =
        dev.podwright.io.KubernetesJackson.jsonMapper()
            .convertValue(
                new com.fasterxml.jackson.databind.ObjectMapper(
                        new com.fasterxml.jackson.dataformat.yaml.YAMLFactory())
                    .readValue(yaml, Map.class),
                V1PodSpec.class);
    assertThat(tree(spec.getVolumes())).isEqualTo(tree(direct.getVolumes()));
  }

  @Test
  void volumesTheTypedModelWouldChangeStayRaw() {
    String yaml =
        """
        volumes:
          - {name: a, emptyDir: {medium: ""}}
          - {name: b, persistentVolumeClaim: {claimName: c, readOnly: false}}
          - {name: c, ephemeral: {volumeClaimTemplate: {metadata: {labels: {a: b}}, spec: {accessModes: [ReadWriteOnce]}}}}
          - {name: d}
        """;
    List<Volume> volumes = READER.read(yaml, null).composition().volumes();

    assertThat(volumes).allMatch(volume -> volume instanceof Volume.Raw);
    assertThat(volumes).extracting(Volume::name).containsExactly("a", "b", "c", "d");
  }

  @Test
  void optionsAcceptEveryEnumSpellingAndKindDefaultsToGeneric() {
    String yaml =
        """
        options:
          kubernetesVersion: 1.28
          sidecarMode: CLASSIC
          placement: beforeHostInitContainers
          conflicts: override
        """;
    Declaration declaration = DeclarationReader.standard().read(yaml, null);

    assertThat(declaration.composition().kind()).isEqualTo(WorkloadKind.GENERIC);
    assertThat(declaration.options())
        .isEqualTo(
            new EmitOptions(
                SidecarMode.CLASSIC,
                KubernetesVersion.of(1, 28),
                SidecarPlacement.BEFORE_HOST_INIT_CONTAINERS,
                Precedence.OVERRIDE));
    assertThat(DeclarationReader.standard().read("kind: job", null).composition().kind())
        .isEqualTo(WorkloadKind.JOB);
    assertThat(
            DeclarationReader.standard()
                .read("options: {kubernetesVersion: 1.30}", null)
                .options()
                .kubernetesVersion())
        .isEqualTo(KubernetesVersion.of(1, 30));
  }

  @Test
  void jsonAndStreamsReadLikeYaml() {
    String json =
        """
        {"kind": "udf",
         "sidecars": [{"name": "s", "image": "busybox:1.36", "env": {"K": "v"}}]}
        """;
    Declaration fromText = READER.read(json, "d.json");
    Declaration fromStream =
        READER.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), null);

    assertThat(fromText.composition()).isEqualTo(fromStream.composition());
    assertThat(fromText.composition().sidecars().get(0))
        .isEqualTo(Sidecar.builder("s").image("busybox:1.36").env("K", "v").build());
    assertThat(fromText.sourceMap().find("sidecars[0].env.K")).contains(new SourcePosition(2, 67));
  }

  @Test
  void flowStyleYamlThatIsNotJsonStillReads() {
    Declaration declaration = READER.read("{kind: udf, sidecars: [{name: s, image: b}]}", null);
    assertThat(declaration.composition().kind()).isSameAs(UDF);
    assertThat(declaration.composition().sidecars()).extracting(Sidecar::name).containsExactly("s");
  }

  @Test
  void probeSchemeAndHeadersSecurityContextAndVolumeModesReadIntoTheModel() throws Exception {
    String yaml =
        """
        sidecars:
          - name: full
            env:
              - {name: TOKEN, valueFrom: {fileKeyRef: {volumeName: env, path: app.env, key: TOKEN, optional: true}}}
              - {name: MEM, valueFrom: {resourceFieldRef: {resource: limits.memory, divisor: 1Mi}}}
            volumeMounts:
              - {name: env, mountPath: /env, readOnly: true, recursiveReadOnly: IfPossible}
            resources: {requests: {cpu: 100m}, claims: [{name: gpu, request: one}, {name: fpga}]}
            livenessProbe:
              httpGet:
                path: /healthz
                port: 8443
                scheme: HTTPS
                host: localhost
                httpHeaders: [{name: X-B, value: "2"}, {name: X-A, value: "1"}]
              terminationGracePeriodSeconds: 10
            readinessProbe: {tcpSocket: {port: 8443, host: 127.0.0.1}}
            lifecycle: {preStop: {sleep: {seconds: 3}}, stopSignal: SIGUSR1}
            securityContext:
              runAsUser: 1000
              runAsGroup: 2000
              readOnlyRootFilesystem: true
              privileged: false
              capabilities: {add: [NET_ADMIN, NET_RAW], drop: [ALL]}
              seccompProfile: {type: Localhost, localhostProfile: profiles/audit.json}
              appArmorProfile: {type: Localhost, localhostProfile: k8s-apparmor}
              seLinuxOptions: {user: u, role: r, type: t, level: "s0:c1"}
              procMount: Unmasked
              windowsOptions: {gmsaCredentialSpecName: spec, runAsUserName: app, hostProcess: false}
        volumes:
          - name: proj
            projected:
              defaultMode: 0440
              sources: [{serviceAccountToken: {path: token}}]
          - name: info
            downwardAPI:
              defaultMode: 0400
              items:
                - {path: name, mode: 0444, fieldRef: {fieldPath: metadata.name, apiVersion: v1}}
                - {path: mem, resourceFieldRef: {containerName: app, resource: limits.memory, divisor: 1Mi}}
          - {name: cfg, configMap: {name: app, defaultMode: 0444, optional: true}}
        """;
    Declaration declaration = READER.read(yaml, "full.yaml");

    ContainerSpec full = declaration.composition().sidecars().get(0).spec();
    assertThat(full)
        .isEqualTo(
            ContainerSpec.builder("full")
                .env(EnvVar.fromFile("TOKEN", "env", "app.env", "TOKEN").asOptional())
                .env(EnvVar.fromResource("MEM", "limits.memory").withDivisor("1Mi"))
                .volumeMount(
                    VolumeMount.of("env", "/env")
                        .asReadOnly()
                        .withRecursiveReadOnly(RecursiveReadOnly.IF_POSSIBLE))
                .resources(
                    Resources.builder()
                        .requestCpu("100m")
                        .claim("gpu", "one")
                        .claim("fpga", null)
                        .build())
                .livenessProbe(
                    Probe.of(
                            Action.httpGet("/healthz", 8443)
                                .https()
                                .withHost("localhost")
                                .withHeader("X-B", "2")
                                .withHeader("X-A", "1"))
                        .terminationGracePeriodSeconds(10))
                .readinessProbe(Probe.of(new Action.TcpSocket(new IntOrString(8443), "127.0.0.1")))
                .lifecycle(Lifecycle.preStop(new Action.Sleep(3)).withStopSignal("SIGUSR1"))
                .securityContext(
                    SecurityContext.builder()
                        .runAsUser(1000)
                        .runAsGroup(2000)
                        .readOnlyRootFilesystem(true)
                        .privileged(false)
                        .addCapabilities("NET_ADMIN", "NET_RAW")
                        .dropCapabilities("ALL")
                        .seccompProfile("Localhost", "profiles/audit.json")
                        .appArmorProfile("Localhost", "k8s-apparmor")
                        .seLinuxOptions(new SecurityContext.SeLinuxOptions("u", "r", "t", "s0:c1"))
                        .procMount("Unmasked")
                        .windowsOptions(
                            new SecurityContext.WindowsOptions("spec", null, "app", false))
                        .build())
                .build());
    assertThat(declaration.composition().volumes())
        .containsExactly(
            Volume.projected(
                    "proj",
                    new V1VolumeProjection()
                        .serviceAccountToken(new V1ServiceAccountTokenProjection().path("token")))
                .defaultMode(0440),
            Volume.downwardApi(
                    "info",
                    new DownwardApiItem("name", "metadata.name", null, null, 0444, "v1", null),
                    new DownwardApiItem(
                        "mem",
                        null,
                        "app",
                        "limits.memory",
                        null,
                        null,
                        Quantity.fromString("1Mi")))
                .defaultMode(0400),
            Volume.configMap("cfg", "app").defaultMode(0444).asOptional());

    V1PodSpec spec =
        PodSpecEmitter.builder()
            .options(EmitOptions.builder().sidecarMode(SidecarMode.CLASSIC).build())
            .build()
            .emit(declaration.composition());
    Map<?, ?> written =
        new com.fasterxml.jackson.databind.ObjectMapper(
                new com.fasterxml.jackson.dataformat.yaml.YAMLFactory())
            .readValue(yaml, Map.class);
    V1PodSpec direct =
        dev.podwright.io.KubernetesJackson.jsonMapper()
            .convertValue(
                Map.of("containers", written.get("sidecars"), "volumes", written.get("volumes")),
                V1PodSpec.class);
    assertThat(tree(spec.getContainers())).isEqualTo(tree(direct.getContainers()));
    assertThat(tree(spec.getVolumes())).isEqualTo(tree(direct.getVolumes()));
  }

  @Test
  void aliasesToScalarsAreExpanded() {
    String yaml =
        """
        sidecars:
          - name: a
            image: &img busybox:1.36
          - name: b
            image: *img
        """;
    assertThat(READER.read(yaml, "aliases.yaml").composition().sidecars())
        .extracting(sidecar -> sidecar.spec().image())
        .containsExactly("busybox:1.36", "busybox:1.36");
  }

  @Test
  void sidecarsKeepModelledMountsReadOnly() {
    String yaml =
        """
        sidecars:
          - name: s
            volumeMounts: [{name: logs, mountPath: /logs, readOnly: true, subPath: app}]
        """;
    assertThat(READER.read(yaml, null).composition().sidecars().get(0).spec().volumeMounts())
        .containsExactly(VolumeMount.of("logs", "/logs").asReadOnly().withSubPath("app"));
  }
}
