import { describe, expect, it } from "vitest";
import { decodeJwt, expiresSoon, sessionOf } from "./auth";

function jwt(payload: object): string {
  const b64 = (s: string) => btoa(String.fromCharCode(...new TextEncoder().encode(s))).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
  return `${b64('{"alg":"RS256"}')}.${b64(JSON.stringify(payload))}.signature`;
}

describe("token handling", () => {
  it("decodes a base64url payload with Chinese text", () => {
    expect(decodeJwt(jwt({ name: "张校长", sub: "x" })).name).toBe("张校长");
  });

  it("takes role, county, school and teacher from the access token", () => {
    const s = sessionOf(jwt({ preferred_username: "xiaozhang1", realm_access: { roles: ["offline_access", "school"] }, county_id: "370683", school_id: "1370683001", exp: 100 }));
    expect(s.role).toBe("school");
    expect(s.schoolId).toBe("1370683001");
    expect(s.countyId).toBe("370683");
    expect(s.expiresAt).toBe(100_000);
  });

  it("a department role wins over a school role for the home page", () => {
    expect(sessionOf(jwt({ realm_access: { roles: ["school", "staffing-office"] } })).role).toBe("staffing-office");
  });

  it("a token without any console role has no role", () => {
    expect(sessionOf(jwt({ realm_access: { roles: ["uma_authorization"] } })).role).toBeNull();
  });

  it("a token is renewed 30 s before it expires, not earlier", () => {
    expect(expiresSoon({ expiresAt: 100_000 }, 69_000)).toBe(false);
    expect(expiresSoon({ expiresAt: 100_000 }, 71_000)).toBe(true);
  });

  it("a malformed token is refused", () => {
    expect(() => decodeJwt("nonsense")).toThrow();
  });
});
