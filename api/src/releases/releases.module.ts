import { Module } from '@nestjs/common';
import { HierarchyReader } from './hierarchy-reader';
import { ReleasesService } from './releases.service';

@Module({
  providers: [ReleasesService, HierarchyReader],
  exports: [ReleasesService, HierarchyReader],
})
export class ReleasesModule {}
