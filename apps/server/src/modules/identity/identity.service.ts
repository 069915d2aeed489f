import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, type Repository } from 'typeorm';
import { ErrorReason, type Language, loginSchema, registerSchema, Role } from '@sim-se/shared';
import { AppError } from '../../common/errors/app-error.js';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { validate } from '../../common/errors/validate.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { RegionsService } from '../regions/regions.service.js';
import { SessionEntity } from './entities/session.entity.js';
import { UserRoleEntity } from './entities/user-role.entity.js';
import { UserEntity } from './entities/user.entity.js';
import { decoyHash, hashPassword, verifyPassword } from './password-hasher.js';

export const SESSION_DAYS = 30;
/** Failed logins allowed per e-mail from one address in the window before it is refused there. */
export const LOGIN_FAILURE_LIMIT = 10;
/** Failed logins allowed from one address across all e-mails (password spraying). */
export const ADDRESS_FAILURE_LIMIT = 50;
/**
 * Failed logins one account takes from everywhere before it pauses, owner included: the
 * price of stopping guesses spread over many addresses.
 */
export const ACCOUNT_FAILURE_LIMIT = 100;
export const LOGIN_WINDOW_MINUTES = 15;

export interface NewSession {
  token: string;
  expiresAt: Date;
  user: UserEntity;
}

@Injectable()
export class IdentityService {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @InjectRepository(SessionEntity) private readonly sessions: Repository<SessionEntity>,
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(RegionsService) private readonly regions: RegionsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Creates a resident's account and signs them in. */
  async register(input: unknown, language: Language, address: string): Promise<NewSession> {
    const values = validate(registerSchema, input, language);
    if (!(await this.regions.isKelurahan(values.regionCode)))
      throw new AppError(ErrorReason.UnknownRegion);
    await this.refuseWhenTooManySignups(address);

    const passwordHash = await hashPassword(values.password);
    const user = await this.dataSource
      .transaction(async (manager) => {
        const taken = await manager.exists(UserEntity, { where: { email: values.email } });
        if (taken) throw new AppError(ErrorReason.EmailTaken);
        const created = await manager.save(
          manager.create(UserEntity, {
            name: values.name,
            email: values.email,
            passwordHash,
            regionCode: values.regionCode,
          }),
        );
        await manager.insert(UserRoleEntity, {
          userId: created.id,
          role: Role.RESIDENT,
          grantedBy: null,
        });
        await manager.query(`INSERT INTO registrations_by_address (address) VALUES ($1)`, [
          address,
        ]);
        return created;
      })
      .catch((error: unknown) => {
        if (isUniqueViolation(error)) throw new AppError(ErrorReason.EmailTaken);
        throw error;
      });

    return this.openSession(user);
  }

  /** Checks e-mail and password together, never saying which one was wrong. */
  async logIn(input: unknown, language: Language, address: string): Promise<NewSession> {
    const values = validate(loginSchema, input, language);
    await this.refuseWhenTooManyFailures(values.email, address);

    const user = await this.users
      .createQueryBuilder('user')
      .addSelect('user.passwordHash')
      .where('lower(user.email) = :email', { email: values.email })
      .getOne();
    const valid = await verifyPassword(user?.passwordHash ?? (await decoyHash()), values.password);
    await this.dataSource.query(
      `INSERT INTO login_attempts (email, address, succeeded) VALUES ($1, $2, $3)`,
      [values.email, address, Boolean(user && valid)],
    );
    if (!user || !valid) throw new AppError(ErrorReason.WrongCredentials);

    return this.openSession(user);
  }

  async logOut(sessionId: string): Promise<void> {
    await this.sessions.delete({ id: sessionId });
  }

  /** The viewer a cookie token belongs to, or null when it is unknown or expired. */
  async viewerForToken(token: string): Promise<Viewer | null> {
    const rows: Array<{
      session_id: string;
      stale: boolean;
      id: string;
      name: string;
      email: string;
      roles: Role[];
    }> = await this.dataSource.query(
      `SELECT s.id AS session_id, s.last_seen_at < now() - interval '10 minutes' AS stale,
              u.id, u.name, u.email, array_remove(array_agg(r.role ORDER BY r.role), NULL) AS roles
         FROM sessions s
         JOIN users u ON u.id = s.user_id
         LEFT JOIN user_roles r ON r.user_id = u.id
        WHERE s.token_hash = $1 AND s.expires_at > now()
        GROUP BY s.id, u.id`,
      [hashToken(token)],
    );
    if (rows.length === 0) return null;

    const row = rows[0];
    if (row.stale) {
      await this.sessions.update({ id: row.session_id }, { lastSeenAt: new Date() });
    }
    return {
      id: row.id,
      name: row.name,
      email: row.email,
      roles: row.roles,
      sessionId: row.session_id,
    };
  }

  async findUser(id: string): Promise<UserEntity | null> {
    return this.users.findOne({ where: { id }, relations: { roles: true } });
  }

  async findUsers(ids: readonly string[]): Promise<UserEntity[]> {
    if (ids.length === 0) return [];
    return this.users
      .createQueryBuilder('user')
      .leftJoinAndSelect('user.roles', 'role')
      .where('user.id IN (:...ids)', { ids })
      .getMany();
  }

  /** People matching a name or e-mail, for administrators. */
  async searchUsers(text: string, limit: number): Promise<UserEntity[]> {
    const pattern = `%${text.replace(/[\\%_]/g, (match) => `\\${match}`)}%`;
    return this.users
      .createQueryBuilder('user')
      .leftJoinAndSelect('user.roles', 'role')
      .where('user.name ILIKE :pattern OR user.email ILIKE :pattern', { pattern })
      .orderBy('user.createdAt', 'DESC')
      .take(limit)
      .getMany();
  }

  async setRole(
    userId: string,
    role: Role,
    granted: boolean,
    grantedBy: string,
  ): Promise<UserEntity> {
    const user = await this.findUser(userId);
    if (!user) throw new AppError(ErrorReason.NotFound);

    await this.dataSource.transaction(async (manager) => {
      if (granted) {
        await manager.query(
          `INSERT INTO user_roles (user_id, role, granted_by) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
          [userId, role, grantedBy],
        );
        return;
      }
      if (role === Role.ADMINISTRATOR) {
        // Locked, so two administrators removing each other at once cannot both succeed.
        const administrators: Array<{ user_id: string }> = await manager.query(
          `SELECT user_id FROM user_roles WHERE role = $1 FOR UPDATE`,
          [Role.ADMINISTRATOR],
        );
        const others = administrators.filter((row) => row.user_id !== userId);
        if (others.length === 0) throw new AppError(ErrorReason.LastAdministrator);
      }
      await manager.query(`DELETE FROM user_roles WHERE user_id = $1 AND role = $2`, [
        userId,
        role,
      ]);
    });
    return (await this.findUser(userId))!;
  }

  /**
   * Makes sure an administrator exists. Creates the account when it is missing and returns
   * the password when it was generated, so the caller can show it once; an existing account
   * only gets its roles back and keeps its password.
   */
  async ensureAdministrator(
    email: string,
    password: string | undefined,
  ): Promise<{ outcome: 'present' | 'created' | 'restored'; password?: string }> {
    const existing: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM user_roles WHERE role = $1 LIMIT 1`,
      [Role.ADMINISTRATOR],
    );
    if (existing.length > 0) return { outcome: 'present' };

    const chosen = password ?? `${randomBytes(9).toString('base64url')}7a`;
    const passwordHash = await hashPassword(chosen);
    return this.dataSource.transaction(async (manager) => {
      let user = await manager.findOne(UserEntity, { where: { email } });
      const outcome = user ? 'restored' : 'created';
      if (!user) {
        user = await manager.save(
          manager.create(UserEntity, {
            name: 'Administrator SIM-SE',
            email,
            passwordHash,
            regionCode: null,
          }),
        );
      }
      for (const role of [Role.ADMINISTRATOR, Role.EDITOR, Role.RESIDENT]) {
        await manager.query(
          `INSERT INTO user_roles (user_id, role) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
          [user.id, role],
        );
      }
      return { outcome, password: outcome === 'created' && !password ? chosen : undefined };
    });
  }

  private async refuseWhenTooManySignups(address: string): Promise<void> {
    const [row]: Array<{ count: number }> = await this.dataSource.query(
      `SELECT count(*)::int AS count FROM registrations_by_address
        WHERE address = $1 AND registered_at > now() - interval '1 hour'`,
      [address],
    );
    if (row.count >= this.config.signupsPerAddressPerHour)
      throw new AppError(ErrorReason.RateLimited);
  }

  /**
   * Guessing is slowed per e-mail and address, and per address overall; the owner of an
   * account can still log in from their own address while someone else is guessing.
   */
  private async refuseWhenTooManyFailures(email: string, address: string): Promise<void> {
    const [row]: Array<{ here: number; from_address: number; for_account: number }> =
      await this.dataSource.query(
        `SELECT count(*) FILTER (WHERE email = $1 AND address = $2)::int AS here,
                count(*) FILTER (WHERE address = $2)::int AS from_address,
                count(*) FILTER (WHERE email = $1)::int AS for_account
           FROM login_attempts
          WHERE (email = $1 OR address = $2) AND NOT succeeded
            AND attempted_at > now() - make_interval(mins => $3)`,
        [email, address, LOGIN_WINDOW_MINUTES],
      );
    if (
      row.here >= LOGIN_FAILURE_LIMIT ||
      row.from_address >= ADDRESS_FAILURE_LIMIT ||
      row.for_account >= ACCOUNT_FAILURE_LIMIT
    ) {
      throw new AppError(ErrorReason.RateLimited);
    }
  }

  /**
   * A session for a person without their password. Only operator commands on the server
   * itself (the demo loader) call this; no API reaches it.
   */
  async openSessionFor(userId: string): Promise<NewSession> {
    const user = await this.findUser(userId);
    if (!user) throw new AppError(ErrorReason.NotFound);
    return this.openSession(user);
  }

  private async openSession(user: UserEntity): Promise<NewSession> {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + SESSION_DAYS * 24 * 60 * 60 * 1000);
    await this.sessions.insert({
      tokenHash: hashToken(token),
      userId: user.id,
      lastSeenAt: new Date(),
      expiresAt,
    });
    return { token, expiresAt, user };
  }
}

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === '23505';
}
