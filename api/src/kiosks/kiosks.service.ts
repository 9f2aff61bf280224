import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes, randomInt, randomUUID } from 'node:crypto';
import { DataSource, IsNull } from 'typeorm';
import { helsinkiDateOf, startOfHelsinkiDay } from '../../../reports/periods';
import { assertAllowed, canManagePlace } from '../access/access-policy';
import type { Principal } from '../access/principal';
import { AuditService } from '../audit/audit.service';
import { Clock } from '../common/clock';
import { FixedWindows } from '../common/fixed-windows';
import { ProblemException, TooManyRequestsProblem } from '../common/problem';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { toSqlInstant } from '../database/sql-time';
import { TransactionRunner } from '../database/transaction-runner';
import { OrganisationsService } from '../organisations/organisations.service';
import { ActivatedKioskDto, ActivateKioskDto, CreateKioskDto, KioskDto, KioskPlaceDto, KioskStatusDto, RegisteredKioskDto, UpdateKioskDto } from './dto/kiosk.dto';
import { KioskDevice } from './kiosk-device.entity';
import { hashPin } from './pin-hash';

/** Letters and digits nobody mistakes for each other on a screen or a QR caption (no 0/O, 1/I/L). */
const SETUP_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const SETUP_CODE_LENGTH = 10;
const SETUP_VALID_MS = 24 * 3600_000;

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

/** A setup code as typed: upper case, without the spaces and dashes people add. */
export const normaliseSetupCode = (code: string) => code.toUpperCase().replace(/[\s-]/g, '');

/**
 * Kiosk tablets at a meeting place's door (issue #18): registered by the place's staff,
 * activated once on the tablet with a setup code, revoked when lost. A kiosk sends answers for
 * its own place only, at most KIOSK_ANSWER_RATE_LIMIT a minute; taps closer than its repeat interval
 * count once.
 */
@Injectable()
export class KiosksService {
  /** Activation is public: a few tries per address and minute find no code by guessing (31^10 of them). */
  private readonly activations: FixedWindows;
  /** A kiosk's answers per minute: a queue emptying after a day offline is sent, slowly enough. */
  private readonly answers: FixedWindows;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly organisations: OrganisationsService,
    private readonly audit: AuditService,
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.activations = new FixedWindows(config.kioskActivationRateLimitPerMinute);
    this.answers = new FixedWindows(config.kioskAnswerRateLimitPerMinute);
  }

  async register(principal: Principal, slugOrId: string, dto: CreateKioskDto): Promise<RegisteredKioskDto> {
    const place = await this.organisations.getMeetingPlace(slugOrId);
    assertAllowed(canManagePlace(principal, place), 'Only the staff of this meeting place and its region can register its kiosks.');
    if (!place.active) throw new ProblemException(409, 'place-inactive', 'This meeting place no longer collects answers.');
    const now = this.clock.now();
    const setupCode = Array.from({ length: SETUP_CODE_LENGTH }, () => SETUP_ALPHABET[randomInt(SETUP_ALPHABET.length)]).join('');
    const kiosk: KioskDevice = {
      id: randomUUID(),
      meetingPlaceId: place.id,
      name: dto.name.trim(),
      pinHash: await hashPin(dto.pin),
      setupCodeHash: sha256(setupCode),
      setupExpiresAt: new Date(now.getTime() + SETUP_VALID_MS),
      tokenHash: null,
      activatedAt: null,
      lastSeenAt: null,
      revokedAt: null,
      repeatIntervalSeconds: 3,
      lastAnsweredAt: null,
      lastResponseId: null,
      createdBy: principal.userId,
      createdAt: now,
    };
    await this.transactions.run(async (manager) => {
      await manager.insert(KioskDevice, kiosk);
      await this.audit.record(manager, {
        actorId: principal.userId,
        action: 'kiosk.register',
        target: { type: 'kiosk', id: kiosk.id },
        details: { place: place.slug, name: kiosk.name },
      });
    });
    return {
      id: kiosk.id,
      name: kiosk.name,
      setupCode,
      setupUrl: `/kiosk#setup=${setupCode}`,
      expiresAt: kiosk.setupExpiresAt.toISOString(),
    };
  }

  async list(principal: Principal, slugOrId: string): Promise<KioskDto[]> {
    const place = await this.organisations.getMeetingPlace(slugOrId);
    assertAllowed(canManagePlace(principal, place), 'Only the staff of this meeting place and its region can see its kiosks.');
    const kiosks = await this.dataSource.getRepository(KioskDevice).find({ where: { meetingPlaceId: place.id }, order: { createdAt: 'ASC' } });
    const today = await this.answersToday(place.id);
    const now = this.clock.now();
    return kiosks.map((kiosk) => ({
      id: kiosk.id,
      name: kiosk.name,
      status: kiosk.revokedAt
        ? 'revoked'
        : kiosk.activatedAt
          ? 'active'
          : kiosk.setupExpiresAt.getTime() <= now.getTime()
            ? 'setup-expired'
            : 'waiting-for-activation',
      activatedAt: kiosk.activatedAt?.toISOString() ?? null,
      lastSeenAt: kiosk.lastSeenAt?.toISOString() ?? null,
      revokedAt: kiosk.revokedAt?.toISOString() ?? null,
      setupExpiresAt: kiosk.setupExpiresAt.toISOString(),
      answersToday: today.get(kiosk.id) ?? 0,
      repeatIntervalSeconds: kiosk.repeatIntervalSeconds,
    }));
  }

  /** POST /api/kiosks/activate: public, once per code, limited per address. */
  async activate(dto: ActivateKioskDto, address: string): Promise<ActivatedKioskDto> {
    const now = this.clock.now();
    const retryAfter = this.activations.retryAfter(address, now.getTime());
    if (retryAfter !== null) {
      throw new TooManyRequestsProblem('too-many-activations', `Too many setup attempts from your network. Try again in ${retryAfter} seconds.`, retryAfter);
    }
    this.activations.record(address, now.getTime());
    const deviceToken = randomBytes(32).toString('base64url');
    const kiosk = await this.transactions.run(async (manager) => {
      const repository = manager.getRepository(KioskDevice);
      const found = await repository.findOne({ where: { setupCodeHash: sha256(normaliseSetupCode(dto.setupCode)) } });
      // Unknown, used and expired codes answer alike: nothing to learn by trying.
      if (!found || found.revokedAt || found.setupExpiresAt.getTime() <= now.getTime()) {
        throw new ProblemException(410, 'setup-code-invalid', 'This setup code has been used or has expired. Register the kiosk again for a new code.');
      }
      // Taken in the same statement that checks it is still there: two tablets racing get one winner.
      const taken = await repository.update(
        { id: found.id, setupCodeHash: found.setupCodeHash! },
        { setupCodeHash: null, tokenHash: sha256(deviceToken), activatedAt: now, lastSeenAt: now },
      );
      if (taken.affected !== 1) {
        throw new ProblemException(410, 'setup-code-invalid', 'This setup code has been used or has expired. Register the kiosk again for a new code.');
      }
      await this.audit.record(manager, { actorId: null, action: 'kiosk.activate', target: { type: 'kiosk', id: found.id } });
      return found;
    });
    return {
      id: kiosk.id,
      name: kiosk.name,
      deviceToken,
      meetingPlace: await this.placeOf(kiosk),
      pinHash: kiosk.pinHash,
      repeatIntervalSeconds: kiosk.repeatIntervalSeconds,
    };
  }

  /** PATCH /api/kiosks/:id: its name, or how close taps count once. */
  async update(principal: Principal, id: string, dto: UpdateKioskDto): Promise<KioskDto> {
    const kiosk = await this.dataSource.getRepository(KioskDevice).findOne({ where: { id } });
    if (!kiosk) throw new ProblemException(404, 'kiosk-not-found', 'There is no such kiosk.');
    const place = await this.organisations.getMeetingPlace(kiosk.meetingPlaceId);
    assertAllowed(canManagePlace(principal, place), 'Only the staff of this meeting place and its region can change its kiosks.');
    const changes = {
      ...(dto.name !== undefined ? { name: dto.name.trim() } : {}),
      ...(dto.repeatIntervalSeconds !== undefined ? { repeatIntervalSeconds: dto.repeatIntervalSeconds } : {}),
    };
    await this.transactions.run(async (manager) => {
      await manager.update(KioskDevice, { id: kiosk.id }, changes);
      await this.audit.record(manager, { actorId: principal.userId, action: 'kiosk.update', target: { type: 'kiosk', id: kiosk.id }, details: { place: place.slug, ...changes } });
    });
    return (await this.list(principal, place.id)).find((k) => k.id === kiosk.id)!;
  }

  async revoke(principal: Principal, id: string): Promise<KioskDto> {
    const kiosk = await this.dataSource.getRepository(KioskDevice).findOne({ where: { id } });
    if (!kiosk) throw new ProblemException(404, 'kiosk-not-found', 'There is no such kiosk.');
    const place = await this.organisations.getMeetingPlace(kiosk.meetingPlaceId);
    assertAllowed(canManagePlace(principal, place), 'Only the staff of this meeting place and its region can revoke its kiosks.');
    if (!kiosk.revokedAt) {
      await this.transactions.run(async (manager) => {
        // The setup code goes too: a tablet not yet set up can no longer be.
        await manager.update(KioskDevice, { id: kiosk.id }, { revokedAt: this.clock.now(), setupCodeHash: null });
        await this.audit.record(manager, { actorId: principal.userId, action: 'kiosk.revoke', target: { type: 'kiosk', id: kiosk.id }, details: { place: place.slug } });
      });
    }
    return (await this.list(principal, place.id)).find((k) => k.id === kiosk.id)!;
  }

  /**
   * The kiosk behind `Authorization: Kiosk <token>`, checked in: 401 for an unknown token and
   * for a revoked tablet (which then says it has been disconnected).
   */
  async authenticate(token: string): Promise<KioskDevice> {
    const repository = this.dataSource.getRepository(KioskDevice);
    const kiosk = await repository.findOne({ where: { tokenHash: sha256(token) } });
    if (!kiosk) throw new ProblemException(401, 'invalid-kiosk-token', 'This tablet is not a registered kiosk.');
    if (kiosk.revokedAt) throw new ProblemException(401, 'kiosk-revoked', 'This kiosk has been disconnected by the meeting place’s staff.');
    const now = this.clock.now();
    // Once a minute is enough for "last seen": no write per tap.
    if (!kiosk.lastSeenAt || now.getTime() - kiosk.lastSeenAt.getTime() > 60_000) {
      await repository.update({ id: kiosk.id, revokedAt: IsNull() }, { lastSeenAt: now });
      kiosk.lastSeenAt = now;
    }
    return kiosk;
  }

  /** GET /api/kiosks/current: the tablet checks in and learns its place. */
  async status(kiosk: KioskDevice): Promise<KioskStatusDto> {
    return { id: kiosk.id, name: kiosk.name, meetingPlace: await this.placeOf(kiosk), repeatIntervalSeconds: kiosk.repeatIntervalSeconds };
  }

  /** Counts one answer of the kiosk, or throws 429 when its minute is used up. */
  takeAnswer(kiosk: KioskDevice): void {
    const now = this.clock.now().getTime();
    const retryAfter = this.answers.retryAfter(kiosk.id, now);
    if (retryAfter !== null) {
      throw new TooManyRequestsProblem('too-many-kiosk-answers', `This kiosk has sent too many answers this minute. Try again in ${retryAfter} seconds.`, retryAfter);
    }
    this.answers.record(kiosk.id, now);
  }

  /** The earlier answer a tap repeats (closer than the kiosk's repeat interval), if any. */
  repeatedAnswer(kiosk: KioskDevice, answeredAt: Date): string | null {
    if (!kiosk.lastAnsweredAt || !kiosk.lastResponseId) return null;
    return Math.abs(answeredAt.getTime() - kiosk.lastAnsweredAt.getTime()) < kiosk.repeatIntervalSeconds * 1000 ? kiosk.lastResponseId : null;
  }

  /** Remembers the kiosk's last counted answer (for the repeat rule). */
  async answered(kiosk: KioskDevice, responseId: string, answeredAt: Date): Promise<void> {
    await this.dataSource.getRepository(KioskDevice).update({ id: kiosk.id }, { lastAnsweredAt: answeredAt, lastResponseId: responseId });
  }

  private async placeOf(kiosk: KioskDevice): Promise<KioskPlaceDto> {
    const place = await this.organisations.getMeetingPlace(kiosk.meetingPlaceId);
    return { id: place.id, slug: place.slug, name: place.name };
  }

  private async answersToday(placeId: string): Promise<Map<string, number>> {
    const start = startOfHelsinkiDay(helsinkiDateOf(this.clock.now()));
    const rows = await this.dataSource
      .createQueryBuilder()
      .select('r.kiosk_id', 'kiosk')
      .addSelect('COUNT(*)', 'answers')
      .from('response', 'r')
      .where('r.meeting_place_id = :placeId AND r.kiosk_id IS NOT NULL AND r.received_at >= :start', {
        placeId,
        start: toSqlInstant(this.dataSource, start),
      })
      .groupBy('r.kiosk_id')
      .getRawMany<{ kiosk: string; answers: string | number }>();
    return new Map(rows.map((row) => [row.kiosk, Number(row.answers)]));
  }
}
