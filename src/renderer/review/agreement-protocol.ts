import type { GoldRecord } from '../../shared/model/types';
import type { AgreementReport } from './agreement-report';

export interface AgreementRequest {
  records: GoldRecord[];
}

export type AgreementReply =
  { kind: 'progress'; done: number; total: number } | { kind: 'result'; report: AgreementReport } | { kind: 'failed'; reason: string };
