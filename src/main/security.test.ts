import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, chooseRenderer, cspDirectives, isAppUrl, metaContentSecurityPolicy } from './security';

const DEV_APP = 'http://localhost:5173/';

describe('isAppUrl', () => {
  it('accepts any page of the app:// host, with a fragment or query', () => {
    expect(APP_ENTRY_URL).toBe('app://glose/index.html');
    expect(isAppUrl(APP_ENTRY_URL, APP_ENTRY_URL)).toBe(true);
    expect(isAppUrl('app://glose/index.html#/doc/1', APP_ENTRY_URL)).toBe(true);
    expect(isAppUrl('app://glose/?x=1', APP_ENTRY_URL)).toBe(true);
  });

  it('refuses other hosts, other schemes, credentials and nonsense', () => {
    expect(isAppUrl('app://evil/index.html', APP_ENTRY_URL)).toBe(false);
    expect(isAppUrl('app://glose.evil/index.html', APP_ENTRY_URL)).toBe(false);
    expect(isAppUrl('app://user@glose/index.html', APP_ENTRY_URL)).toBe(false);
    expect(isAppUrl('file:///opt/glose/out/renderer/index.html', APP_ENTRY_URL)).toBe(false);
    expect(isAppUrl('https://glose/index.html', APP_ENTRY_URL)).toBe(false);
    expect(isAppUrl('about:blank', APP_ENTRY_URL)).toBe(false);
    expect(isAppUrl('not a url', APP_ENTRY_URL)).toBe(false);
    expect(isAppUrl('', APP_ENTRY_URL)).toBe(false);
    expect(isAppUrl(undefined, APP_ENTRY_URL)).toBe(false);
  });

  it('accepts any page of the dev server origin and nothing else', () => {
    expect(isAppUrl('http://localhost:5173/index.html', DEV_APP)).toBe(true);
    expect(isAppUrl('http://localhost:5174/', DEV_APP)).toBe(false);
    expect(isAppUrl('http://127.0.0.1:5173/', DEV_APP)).toBe(false);
    expect(isAppUrl('https://localhost:5173/', DEV_APP)).toBe(false);
    expect(isAppUrl(APP_ENTRY_URL, DEV_APP)).toBe(false);
  });
});

describe('chooseRenderer', () => {
  it('obeys ELECTRON_RENDERER_URL in a development build only', () => {
    expect(chooseRenderer(true, DEV_APP)).toEqual({ url: DEV_APP, dev: true });
    expect(chooseRenderer(false, 'https://evil.example/')).toEqual({ url: APP_ENTRY_URL, dev: false });
    expect(chooseRenderer(true, undefined)).toEqual({ url: APP_ENTRY_URL, dev: false });
    expect(chooseRenderer(true, '')).toEqual({ url: APP_ENTRY_URL, dev: false });
  });

  it('keeps the IPC trust check on the app when the variable is ignored', () => {
    const { url } = chooseRenderer(false, 'https://evil.example/');
    expect(isAppUrl('https://evil.example/', url)).toBe(false);
    expect(isAppUrl(APP_ENTRY_URL, url)).toBe(true);
  });
});

describe('metaContentSecurityPolicy', () => {
  it('reads the policy of the meta tag, whatever the attribute order, quotes and entities', () => {
    expect(metaContentSecurityPolicy(`<meta http-equiv="Content-Security-Policy" content="default-src 'self'">`)).toBe("default-src 'self'");
    expect(metaContentSecurityPolicy(`<meta content='script-src &apos;self&apos;' HTTP-EQUIV='content-security-policy' />`)).toBe("script-src 'self'");
    expect(metaContentSecurityPolicy(`<meta charset="UTF-8"><meta name="viewport" content="width=device-width">`)).toBeUndefined();
    expect(metaContentSecurityPolicy(`<meta http-equiv="Content-Security-Policy" content="  ">`)).toBeUndefined();
  });

  it("finds the app's strict policy in src/renderer/index.html", () => {
    const html = readFileSync(join(import.meta.dirname, '../renderer/index.html'), 'utf8');
    const policy = cspDirectives(metaContentSecurityPolicy(html) ?? '');
    expect(policy.get('default-src')).toBe("'self'");
    expect(policy.get('script-src')).toBe("'self'");
    // The team server (settings): any https server, plain http only on this machine, any port of it.
    expect(policy.get('connect-src')).toBe("'self' http://127.0.0.1:* http://localhost:* https:");
    expect(policy.get('object-src')).toBe("'none'");
    expect(policy.get('frame-src')).toBe("'none'");
    expect(policy.get('base-uri')).toBe("'none'");
    expect(policy.get('form-action')).toBe("'none'");
    // No wildcard source anywhere; a port wildcard is allowed for loopback addresses only.
    expect([...policy.values()].join(' ').replace(/http:\/\/(127\.0\.0\.1|localhost):\*/g, '')).not.toMatch(/unsafe-eval|\*/);
  });
});
