// A file sent to a service with the bytes sent so far reported (fetch has no upload progress).
import { accessToken, login, renew } from "./auth";
import type { Service } from "./api";
import { ProblemError, toProblem } from "./problem";

export interface Uploaded { status: number; body: string }

function once(service: Service, path: string, body: Blob | string, contentType: string, token: string | null,
  onSent: (sent: number, total: number) => void): Promise<Uploaded> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", `/api/${service}${path}`);
    if (token) xhr.setRequestHeader("Authorization", "Bearer " + token);
    xhr.setRequestHeader("Content-Type", contentType);
    xhr.setRequestHeader("Accept-Language", "zh-CN");
    xhr.upload.onprogress = (e) => e.lengthComputable && onSent(e.loaded, e.total);
    xhr.onload = () => resolve({ status: xhr.status, body: xhr.responseText });
    xhr.onerror = () => reject(new TypeError("network"));
    xhr.send(body);
  });
}

/** POSTs the body; 2xx answers are returned, a refusal throws ProblemError (as api() does). */
export async function upload(service: Service, path: string, body: Blob | string, contentType: string,
  onSent: (sent: number, total: number) => void = () => {}): Promise<Uploaded> {
  let answer = await once(service, path, body, contentType, await accessToken(), onSent);
  if (answer.status === 401) {
    if (!(await renew())) await login();
    answer = await once(service, path, body, contentType, await accessToken(), onSent);
  }
  if (answer.status < 200 || answer.status >= 300) throw new ProblemError(toProblem(answer.status, answer.body));
  return answer;
}
