import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ForumCategoryEntity } from './entities/forum-category.entity.js';
import { ForumPostEntity } from './entities/forum-post.entity.js';
import { ForumThreadEntity } from './entities/forum-thread.entity.js';
import { ForumCategorySeeder } from './forum-categories.js';
import { ForumResolver } from './forum.resolver.js';
import { ForumSearchSource } from './forum-search.source.js';
import { ForumService } from './forum.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([ForumCategoryEntity, ForumThreadEntity, ForumPostEntity])],
  providers: [ForumService, ForumResolver, ForumCategorySeeder, ForumSearchSource],
  exports: [ForumService],
})
export class ForumModule {}
