import { describe, expect, it } from 'vitest';
import { parsePurpose } from '../../server/access/purpose';

describe('parsePurpose', () => {
  it('reads a kind, with or without a (URI-encoded) reference', () => {
    expect(parsePurpose('CASE_VIEW')).toEqual({ ok: true, purpose: { kind: 'CASE_VIEW', reference: null } });
    expect(parsePurpose(' REVIEW_ROUND:17 ')).toEqual({ ok: true, purpose: { kind: 'REVIEW_ROUND', reference: '17' } });
    expect(parsePurpose('CASE_VIEW:S-2026%2F17')).toEqual({ ok: true, purpose: { kind: 'CASE_VIEW', reference: 'S-2026/17' } });
    expect(parsePurpose('CASE_VIEW:a:b')).toEqual({ ok: true, purpose: { kind: 'CASE_VIEW', reference: 'a:b' } });
  });

  it('treats a missing header as no purpose', () => {
    expect(parsePurpose(undefined)).toEqual({ ok: true, purpose: null });
    expect(parsePurpose('  ')).toEqual({ ok: true, purpose: null });
  });

  it('refuses unknown kinds, empty, over-long and control-character references', () => {
    expect(parsePurpose('case_view')).toMatchObject({ ok: false, problem: expect.stringContaining('is not one of CASE_VIEW') });
    expect(parsePurpose('CASE_VIEW:')).toMatchObject({ ok: false });
    expect(parsePurpose(`CASE_VIEW:${'x'.repeat(201)}`)).toMatchObject({ ok: false, problem: expect.stringContaining('1–200') });
    expect(parsePurpose(`CASE_VIEW:${'x'.repeat(200)}`)).toMatchObject({ ok: true });
    expect(parsePurpose('CASE_VIEW:a%0Ab')).toMatchObject({ ok: false });
  });
});
