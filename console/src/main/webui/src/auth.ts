import { InMemoryWebStorage, UserManager, WebStorageStateStore, type User } from "oidc-client-ts";

export interface ConsoleSettings {
  keycloakUrl: string;
  realm: string;
  clientId: string;
  authority: string;
}

export type Role = "staffing-office" | "hr" | "education-bureau" | "school" | "teacher" | "auditor";
export const ROLES: Role[] = ["staffing-office", "hr", "education-bureau", "auditor", "school", "teacher"];

/** What the console reads of the access token: who, in which role, scoped to which county, school or teacher. */
export interface Session {
  username: string;
  name: string;
  roles: Role[];
  role: Role | null;
  countyId?: string;
  schoolId?: string;
  teacherId?: string;
  expiresAt: number;
}

/** Decodes a JWT's payload (base64url JSON); the signature is the services' business, not the browser's. */
export function decodeJwt(token: string): Record<string, any> {
  const part = token.split(".")[1];
  if (!part) throw new Error("not a JWT");
  const base64 = part.replace(/-/g, "+").replace(/_/g, "/").padEnd(Math.ceil(part.length / 4) * 4, "=");
  const binary = atob(base64);
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  return JSON.parse(new TextDecoder().decode(bytes));
}

/** The session an access token describes; the first role in ROLES order decides menu and home page. */
export function sessionOf(accessToken: string): Session {
  const claims = decodeJwt(accessToken);
  const granted: string[] = claims.realm_access?.roles ?? [];
  const roles = ROLES.filter((r) => granted.includes(r));
  return {
    username: claims.preferred_username ?? claims.sub,
    name: claims.name ?? claims.preferred_username ?? "",
    roles,
    role: roles[0] ?? null,
    countyId: claims.county_id,
    schoolId: claims.school_id,
    teacherId: claims.teacher_id,
    expiresAt: (claims.exp ?? 0) * 1000,
  };
}

/** True when a token expires within `marginMs` (then it is refreshed before use). */
export function expiresSoon(session: Pick<Session, "expiresAt">, now: number, marginMs = 30_000): boolean {
  return session.expiresAt - now < marginMs;
}

let manager: UserManager | null = null;
let current: User | null = null;
const listeners = new Set<(user: User | null) => void>();

/**
 * Authorization code with PKCE against the county realm. Tokens live in memory only
 * (InMemoryWebStorage): a reload logs in again through Keycloak's session, silently.
 */
export function createUserManager(settings: ConsoleSettings, origin = window.location.origin): UserManager {
  return new UserManager({
    authority: settings.authority,
    client_id: settings.clientId,
    redirect_uri: origin + "/",
    post_logout_redirect_uri: origin + "/",
    silent_redirect_uri: origin + "/silent-renew.html",
    response_type: "code",
    scope: "openid profile",
    automaticSilentRenew: true,
    userStore: new WebStorageStateStore({ store: new InMemoryWebStorage() }),
    // the PKCE verifier must survive the redirect to Keycloak and back; it is no token
    stateStore: new WebStorageStateStore({ store: window.sessionStorage }),
    loadUserInfo: false,
  });
}

export async function startAuth(settings: ConsoleSettings): Promise<User | null> {
  manager = createUserManager(settings);
  manager.events.addUserLoaded((u) => setUser(u));
  manager.events.addUserUnloaded(() => setUser(null));
  // the refresh failed (Keycloak's session ended): back to the login page; drafts stay in sessionStorage
  manager.events.addSilentRenewError(() => expire());
  const url = new URL(window.location.href);
  if (url.searchParams.has("code") && url.searchParams.has("state")) {
    const user = await manager.signinRedirectCallback();
    const back = (user.state as string | undefined) ?? "/";
    window.history.replaceState({}, "", back);
    setUser(user);
    return user;
  }
  try {
    // Keycloak still knows the browser: log in again without a page of its own
    const user = await manager.signinSilent();
    setUser(user);
    return user;
  } catch {
    return null;
  }
}

let expired = false;

/** The session ended without the user logging out: the welcome page says so and logs in back to this page. */
export function expire(): void {
  expired = true;
  setUser(null);
}

export function sessionExpired(): boolean {
  return expired;
}

function setUser(user: User | null) {
  if (user) expired = false;
  current = user;
  listeners.forEach((l) => l(user));
}

export function onUser(listener: (user: User | null) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function currentUser(): User | null {
  return current;
}

export async function login(returnTo = window.location.pathname + window.location.search): Promise<void> {
  await manager?.signinRedirect({ state: returnTo, extraQueryParams: { ui_locales: "zh-CN" } });
}

export async function logout(): Promise<void> {
  const idToken = current?.id_token;
  setUser(null);
  await manager?.signoutRedirect({ id_token_hint: idToken });
}

/** A fresh access token: renewed silently when it is about to expire; null when the session is gone. */
export async function accessToken(): Promise<string | null> {
  if (!current) return null;
  if (expiresSoon(sessionOf(current.access_token), Date.now())) {
    try {
      setUser(await manager!.signinSilent());
    } catch {
      return null;
    }
  }
  return current?.access_token ?? null;
}

export async function renew(): Promise<boolean> {
  try {
    setUser(await manager!.signinSilent());
    return true;
  } catch {
    return false;
  }
}

/**
 * A request was refused for an expired session and the refresh failed: to Keycloak's login, which
 * returns to this page; what was typed is there again from its draft.
 */
export async function loginAgain(): Promise<void> {
  expired = true;
  await login();
}
