import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ArticleResolver } from './article.resolver.js';
import { ReportCommentEntity } from './entities/report-comment.entity.js';
import { ReportEntity } from './entities/report.entity.js';
import { NewsroomResolver } from './newsroom.resolver.js';
import { NewsroomService } from './newsroom.service.js';

/** Citizen journalism: members' reports, the editors' desk and the public news. */
@Module({
  imports: [TypeOrmModule.forFeature([ReportEntity, ReportCommentEntity])],
  providers: [NewsroomService, NewsroomResolver, ArticleResolver],
})
export class NewsroomModule {}
