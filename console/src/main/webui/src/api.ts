import { accessToken, loginAgain, renew } from "./auth";
import { ProblemError, toProblem } from "./problem";

export type Service = "quota" | "post" | "recruitment" | "rotation" | "audit";

/** Calls a service through the console's proxy with the user's token; a refusal throws ProblemError. */
export async function api<T = any>(service: Service, path: string, init: RequestInit = {}): Promise<T> {
  const response = await send(service, path, init);
  if (response.status === 204) return undefined as T;
  const type = response.headers.get("Content-Type") ?? "";
  return (type.includes("json") ? response.json() : response.text()) as Promise<T>;
}

export async function send(service: Service, path: string, init: RequestInit = {}, retried = false): Promise<Response> {
  const token = await accessToken();
  const headers = new Headers(init.headers);
  if (token) headers.set("Authorization", "Bearer " + token);
  if (init.body && typeof init.body === "string" && !headers.has("Content-Type")) headers.set("Content-Type", "application/json");
  headers.set("Accept-Language", "zh-CN");
  const response = await fetch(`/api/${service}${path}`, { ...init, headers });
  if (response.status === 401 && !retried) {
    // the session expired: renew silently, else back to Keycloak and return here (drafts are kept)
    if (await renew()) return send(service, path, init, true);
    await loginAgain();
  }
  if (!response.ok) throw new ProblemError(toProblem(response.status, await response.text()));
  return response;
}

export const post = <T = any>(service: Service, path: string, body?: unknown) =>
  api<T>(service, path, { method: "POST", body: body === undefined ? undefined : JSON.stringify(body) });
export const put = <T = any>(service: Service, path: string, body?: unknown) =>
  api<T>(service, path, { method: "PUT", body: body === undefined ? undefined : JSON.stringify(body) });
export const patch = <T = any>(service: Service, path: string, body?: unknown) =>
  api<T>(service, path, { method: "PATCH", body: body === undefined ? undefined : JSON.stringify(body) });
export const del = <T = any>(service: Service, path: string) => api<T>(service, path, { method: "DELETE" });

/** Downloads a response as a file (exports). */
export async function download(service: Service, path: string, filename: string): Promise<void> {
  const response = await send(service, path);
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
