import { and, eq, sql } from 'drizzle-orm';
import { actorUserId, componentPassed, parseScore, SCORING_DUTY, scoreSessionPolicy } from '@jiping/domain';
import { EnterScoreBody } from '@jiping/contracts';
import type { z } from 'zod';
import type { ServiceContext } from '../../platform/context.ts';
import { componentScores, examinerScores, examSeats } from '../../platform/db/schema.ts';
import { withTransaction } from '../../platform/db/transaction.ts';
import { appendAudit } from '../../platform/audit/append-audit.ts';
import { AppError, assertAllowed, staleVersion, validation } from '../../platform/errors.ts';
import { parseInput } from '../../platform/parse-input.ts';
import { loadScoreSession, rulesFor, scoreFacts, type ScoreSession } from './score-session.ts';
import { recombine } from './combine-scores.ts';
import { scoreSheetRows } from './score-sheet.ts';

/** The score as a number of hundredths, or the field error that says what is wrong with it. */
export function scoreFromInput(score: number): number {
  const parsed = parseScore(score);
  if ('problem' in parsed) throw validation([{ field: 'score', code: parsed.problem, messageKey: `score.${parsed.problem}` }]);
  return parsed.centi;
}

/** The candidate is seated in this session and was not absent, or the refusal that says otherwise. */
export async function presentCandidate(tx: ServiceContext, loaded: ScoreSession, registrationId: string) {
  const [seat] = await tx.db
    .select({ absent: examSeats.absent, scoredAbsent: componentScores.absent })
    .from(examSeats)
    .leftJoin(componentScores, and(eq(componentScores.sessionId, examSeats.sessionId), eq(componentScores.registrationId, examSeats.registrationId)))
    .where(and(eq(examSeats.sessionId, loaded.session.id), eq(examSeats.registrationId, registrationId)));
  if (!seat) throw new AppError('UNPROCESSABLE', 'score.notSeated');
  if (seat.absent || seat.scoredAbsent) throw new AppError('UNPROCESSABLE', 'score.absent');
}

/**
 * A score typed by hand. In a skill assessment or a review each scorer enters their own, and the
 * component's score follows the occupation's rule once all of them have; theory's one score is
 * entered by the institution. Refused, with nothing written: a score out of range or with more
 * than two decimals, someone who does not score this session, a candidate not seated in it or
 * absent, a session not running or already signed off, and a change to a score someone else
 * changed meanwhile (`version`).
 */
export async function enterScore({ ctx, sessionId, registrationId, input }: { ctx: ServiceContext; sessionId: string; registrationId: string; input: z.input<typeof EnterScoreBody> }) {
  const body = parseInput(EnterScoreBody, input, ctx.locale);
  const scoreCenti = scoreFromInput(body.score);
  return withTransaction(ctx, async (tx) => {
    const loaded = await loadScoreSession(tx.db, tx.actor, sessionId, { forUpdate: true });
    assertAllowed(scoreSessionPolicy(tx.actor, 'enter', scoreFacts(loaded)));
    await presentCandidate(tx, loaded, registrationId);
    const rules = await rulesFor(tx, loaded.session, loaded.occupationCode);
    const now = tx.now();
    const key = { sessionId, registrationId };
    if (loaded.session.component === 'theory') {
      const [before] = await tx.db
        .select()
        .from(componentScores)
        .where(and(eq(componentScores.sessionId, sessionId), eq(componentScores.registrationId, registrationId)));
      // A first entry carries no version; changing an entered score needs the version it was read at.
      const fresh = body.version === undefined ? before?.scoreCenti == null : body.version === before?.version;
      if (!fresh) throw staleVersion();
      const values = { scoreCenti, passed: componentPassed(scoreCenti, rules.passMark), combination: null, spreadCenti: null, spreadWarning: false, updatedAt: now };
      // The session row is locked, so no other entry for this candidate can slip in between.
      const [after] = before
        ? await tx.db
            .update(componentScores)
            .set({ ...values, version: sql`${componentScores.version} + 1` })
            .where(and(eq(componentScores.sessionId, sessionId), eq(componentScores.registrationId, registrationId), eq(componentScores.version, before.version)))
            .returning()
        : await tx.db
            .insert(componentScores)
            .values({ ...key, component: 'theory', ...values, createdAt: now })
            .returning();
      if (!after) throw staleVersion();
      await appendAudit(tx, { action: 'score.entered', entityType: 'component_score', entityId: `${sessionId}:${registrationId}`, before, after, detail: { component: 'theory', score: scoreCenti } });
    } else {
      // The policy let through only someone holding the component's scoring duty, as a member of staff.
      const staffId = loaded.mine.find((m) => m.staffId && m.duty === SCORING_DUTY[loaded.session.component])!.staffId!;
      const [before] = await tx.db
        .select()
        .from(examinerScores)
        .where(and(eq(examinerScores.sessionId, sessionId), eq(examinerScores.registrationId, registrationId), eq(examinerScores.staffId, staffId)));
      // A first entry carries no version; changing one needs the version it was read at.
      if (before ? body.version !== before.version : body.version !== undefined) throw staleVersion();
      const written = before
        ? await tx.db
            .update(examinerScores)
            .set({ scoreCenti, enteredBy: actorUserId(tx.actor), importId: null, version: sql`${examinerScores.version} + 1`, updatedAt: now })
            .where(and(eq(examinerScores.sessionId, sessionId), eq(examinerScores.registrationId, registrationId), eq(examinerScores.staffId, staffId), eq(examinerScores.version, before.version)))
            .returning()
        : await tx.db
            .insert(examinerScores)
            .values({ ...key, staffId, scoreCenti, enteredBy: actorUserId(tx.actor), createdAt: now, updatedAt: now })
            .returning();
      if (!written.length) throw staleVersion();
      const [combined] = await recombine(tx, loaded, rules, [registrationId]);
      await appendAudit(tx, {
        action: 'score.entered',
        entityType: 'examiner_score',
        entityId: `${sessionId}:${registrationId}:${staffId}`,
        before,
        after: written[0],
        detail: {
          component: loaded.session.component,
          score: scoreCenti,
          combined: combined?.scoreCenti ?? null,
          ...(combined?.spreadWarning ? { spreadWarning: true, spread: combined.spreadCenti, threshold: rules.spreadWarning } : {}),
        },
      });
    }
    const [row] = await scoreSheetRows(tx.db, tx.actor, loaded, [registrationId]);
    return row!;
  });
}
