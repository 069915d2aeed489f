import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { TypeOrmModule } from '@nestjs/typeorm';
import multer from 'multer';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { MediaEntity } from './entities/media.entity.js';
import { MediaController } from './media.controller.js';
import { MediaService } from './media.service.js';

@Module({
  imports: [
    TypeOrmModule.forFeature([MediaEntity]),
    MulterModule.registerAsync({
      inject: [APP_CONFIG],
      // The size limit stops the parser mid-stream, so an oversized upload is never held whole.
      useFactory: (config: AppConfig) => ({
        storage: multer.memoryStorage(),
        limits: { fileSize: config.uploadMaxBytes, files: 1, fields: 5 },
      }),
    }),
  ],
  controllers: [MediaController],
  providers: [MediaService],
  exports: [MediaService],
})
export class MediaModule {}
