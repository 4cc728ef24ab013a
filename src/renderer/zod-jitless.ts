import { z } from 'zod';

// The CSP forbids eval. Without this, zod probes `new Function` (a CSP violation report) when the
// schemas are built. Imported first in main.tsx so that it runs before any module that builds schemas.
z.config({ jitless: true });
