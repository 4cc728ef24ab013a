import type { z } from 'zod';
import { shapeProblem } from '../../shared/sync/wire-shapes';
import { HttpError } from '../http-error';

/** The body in the shape asked for, or a 400 saying where it is not. */
export function parseBody<T>(shape: z.ZodType<T>, body: unknown): T {
  const parsed = shape.safeParse(body);
  if (!parsed.success) throw new HttpError(400, shapeProblem(parsed.error));
  return parsed.data;
}
