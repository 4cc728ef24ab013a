import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, isAppUrl } from './security';

const FILE_APP = 'file:///opt/glose/out/renderer/index.html';
const DEV_APP = 'http://localhost:5173/';

describe('isAppUrl', () => {
  it('accepts the app file, with a fragment or query', () => {
    expect(isAppUrl(FILE_APP, FILE_APP)).toBe(true);
    expect(isAppUrl(FILE_APP + '#/doc/1', FILE_APP)).toBe(true);
    expect(isAppUrl(FILE_APP + '?x=1', FILE_APP)).toBe(true);
  });

  it('refuses other files, other schemes and nonsense', () => {
    expect(isAppUrl('file:///etc/passwd', FILE_APP)).toBe(false);
    expect(isAppUrl('file:///opt/glose/out/renderer/other.html', FILE_APP)).toBe(false);
    expect(isAppUrl('https://example.com/opt/glose/out/renderer/index.html', FILE_APP)).toBe(false);
    expect(isAppUrl('about:blank', FILE_APP)).toBe(false);
    expect(isAppUrl('not a url', FILE_APP)).toBe(false);
    expect(isAppUrl('', FILE_APP)).toBe(false);
    expect(isAppUrl(undefined, FILE_APP)).toBe(false);
  });

  it('accepts any page of the dev server origin and nothing else', () => {
    expect(isAppUrl('http://localhost:5173/index.html', DEV_APP)).toBe(true);
    expect(isAppUrl('http://localhost:5174/', DEV_APP)).toBe(false);
    expect(isAppUrl('http://127.0.0.1:5173/', DEV_APP)).toBe(false);
    expect(isAppUrl('https://localhost:5173/', DEV_APP)).toBe(false);
  });
});

describe('contentSecurityPolicy', () => {
  const directives = (csp: string) => new Map(csp.split('; ').map((d) => [d.split(' ')[0], d.slice(d.indexOf(' ') + 1)]));

  it('allows scripts only from the app, never eval or inline, in production', () => {
    const p = directives(contentSecurityPolicy());
    expect(p.get('script-src')).toBe("'self'");
    expect(p.get('default-src')).toBe("'self'");
    expect(p.get('object-src')).toBe("'none'");
    expect(p.get('connect-src')).toBe("'self'");
    expect(contentSecurityPolicy()).not.toContain('unsafe-eval');
  });

  it('loosens scripts and connections only for the dev server', () => {
    const p = directives(contentSecurityPolicy(true));
    expect(p.get('script-src')).toContain("'unsafe-inline'");
    expect(p.get('connect-src')).toContain('ws:');
  });
});
