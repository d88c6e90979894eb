import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { AppError } from '../graphql/errors.js';

export interface LoginThrottleLimits {
  /** Failed logins one username may collect within the window (whoever sends them). */
  failuresPerUser: number;
  /** Failed logins one client address may collect within the window (whatever usernames it tries). */
  failuresPerAddress: number;
  windowMinutes: number;
}

/**
 * Counts login attempts per username and per client address, so that guessing passwords, one
 * account at a time or many accounts from one place, stops after a few tries instead of running at
 * the speed of scrypt.
 *
 * The counters live in this process's memory: they reset when the server restarts, and several
 * server processes would each count on their own. A multi-process deployment needs a shared store
 * (rate-limiter-flexible's RateLimiterRedis or RateLimiterPostgres, same interface).
 *
 * Every attempt is counted *before* the password is checked, and a success gives its point back:
 * parallel attempts cannot slip past the limit while the hashes are being computed, and a throttled
 * attempt costs no hashing at all.
 */
export class LoginThrottle {
  private readonly byUser: RateLimiterMemory;
  private readonly byAddress: RateLimiterMemory;

  constructor(limits: LoginThrottleLimits) {
    const duration = limits.windowMinutes * 60;
    this.byUser = new RateLimiterMemory({
      keyPrefix: 'login-user',
      points: limits.failuresPerUser,
      duration,
    });
    this.byAddress = new RateLimiterMemory({
      keyPrefix: 'login-address',
      points: limits.failuresPerAddress,
      duration,
    });
  }

  /**
   * Counts one attempt of `username` from `address`; throws TOO_MANY_REQUESTS when either has used
   * up its failures. Unknown usernames are counted like known ones, so being throttled reveals nothing
   * about which accounts exist.
   */
  async attempt(username: string, address: string): Promise<void> {
    try {
      await this.byAddress.consume(address);
      await this.byUser.consume(userKey(username));
    } catch (err) {
      if (err instanceof RateLimiterRes) throw tooManyAttempts(err.msBeforeNext);
      throw err;
    }
  }

  /**
   * A correct password: the username's failures are forgotten, and the address gets this attempt's
   * point back. The address keeps its earlier failures, or one valid account would let a guesser
   * reset its address's count at will.
   */
  async succeeded(username: string, address: string): Promise<void> {
    await this.byUser.delete(userKey(username));
    await this.byAddress.reward(address);
  }
}

const userKey = (username: string) => username.trim().toLowerCase();

function tooManyAttempts(msBeforeNext: number): AppError {
  const retryAfterSeconds = Math.max(1, Math.ceil(msBeforeNext / 1000));
  const minutes = Math.ceil(retryAfterSeconds / 60);
  return new AppError(
    'TOO_MANY_REQUESTS',
    `Too many failed logins. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
    {
      retryAfterSeconds,
      // Apollo takes the HTTP status and headers from here and removes them from the error.
      http: { status: 429, headers: new Map([['retry-after', String(retryAfterSeconds)]]) },
    },
  );
}
