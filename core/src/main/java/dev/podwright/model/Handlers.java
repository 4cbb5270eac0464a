package dev.podwright.model;

import io.kubernetes.client.openapi.models.V1ExecAction;
import io.kubernetes.client.openapi.models.V1GRPCAction;
import io.kubernetes.client.openapi.models.V1HTTPGetAction;
import io.kubernetes.client.openapi.models.V1HTTPHeader;
import io.kubernetes.client.openapi.models.V1SleepAction;
import io.kubernetes.client.openapi.models.V1TCPSocketAction;
import java.util.ArrayList;
import java.util.List;

/** Turns the official models' handler fields into an {@link Action}: exactly one must be set. */
final class Handlers {

  private Handlers() {}

  /**
   * The one action set among the handler fields (null ones are unset).
   *
   * @param where what the handler belongs to, for messages ("liveness probe", "preStop hook")
   * @return the action, or null when none is set
   * @throws IllegalArgumentException when several are set or one cannot be modelled
   */
  static Action action(
      String where,
      V1HTTPGetAction http,
      V1TCPSocketAction tcp,
      V1ExecAction exec,
      V1GRPCAction grpc,
      V1SleepAction sleep) {
    int set = count(http) + count(tcp) + count(exec) + count(grpc) + count(sleep);
    if (set > 1) {
      throw new IllegalArgumentException(
          where + " sets " + set + " handlers; Kubernetes allows exactly one");
    }
    if (http != null) {
      return httpGet(where, http);
    } else if (tcp != null) {
      return new Action.TcpSocket(tcp.getPort(), tcp.getHost());
    } else if (exec != null) {
      try {
        return new Action.Exec(exec.getCommand());
      } catch (IllegalArgumentException nullElement) {
        throw new IllegalArgumentException(where + ": " + nullElement.getMessage(), nullElement);
      }
    } else if (grpc != null) {
      if (grpc.getPort() == null) {
        throw new IllegalArgumentException(where + " has a grpc handler without a port");
      }
      return new Action.Grpc(grpc.getPort(), grpc.getService());
    } else if (sleep != null) {
      if (sleep.getSeconds() == null) {
        throw new IllegalArgumentException(where + " has a sleep handler without seconds");
      }
      return new Action.Sleep(sleep.getSeconds());
    }
    return null;
  }

  private static Action.HttpGet httpGet(String where, V1HTTPGetAction http) {
    List<Action.HttpHeader> headers = new ArrayList<>();
    if (http.getHttpHeaders() != null) {
      for (V1HTTPHeader header : http.getHttpHeaders()) {
        if (header == null) {
          throw new IllegalArgumentException(where + " has a null httpGet header");
        }
        headers.add(new Action.HttpHeader(header.getName(), header.getValue()));
      }
    }
    return new Action.HttpGet(
        http.getPath(), http.getPort(), http.getScheme(), http.getHost(), headers);
  }

  private static int count(Object handler) {
    return handler == null ? 0 : 1;
  }
}
