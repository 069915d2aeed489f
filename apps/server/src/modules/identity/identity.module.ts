import { Global, type MiddlewareConsumer, Module, type NestModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AdministratorBootstrap } from './administrator-bootstrap.js';
import { SessionEntity } from './entities/session.entity.js';
import { UserRoleEntity } from './entities/user-role.entity.js';
import { UserEntity } from './entities/user.entity.js';
import { IdentityResolver } from './identity.resolver.js';
import { IdentityService } from './identity.service.js';
import { SessionMiddleware } from './session.middleware.js';

@Global()
@Module({
  imports: [TypeOrmModule.forFeature([UserEntity, UserRoleEntity, SessionEntity])],
  providers: [IdentityService, IdentityResolver, AdministratorBootstrap],
  exports: [IdentityService],
})
export class IdentityModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(SessionMiddleware).forRoutes('*path');
  }
}
