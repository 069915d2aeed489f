import { Controller, Get, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { SearchService } from '../search/search.service.js';

type CheckState = 'up' | 'down';

/** Liveness (the process answers) and readiness (each dependency answers). */
@Controller('health')
export class HealthController {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(SearchService) private readonly search: SearchService,
  ) {}

  @Get('live')
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get()
  async ready(@Res() res: Response): Promise<void> {
    const [database, search] = await Promise.all([this.checkDatabase(), this.search.isHealthy()]);
    const checks: Record<string, CheckState> = { database, search: search ? 'up' : 'down' };
    const ok = Object.values(checks).every((state) => state === 'up');
    res.status(ok ? 200 : 503).json({
      status: ok ? 'ok' : 'degraded',
      checks,
      searchEngine: this.search.engineName,
      pendingSearchUpdates: await this.search.pendingCount().catch(() => null),
    });
  }

  private async checkDatabase(): Promise<CheckState> {
    try {
      await this.dataSource.query('SELECT 1');
      return 'up';
    } catch {
      return 'down';
    }
  }
}
