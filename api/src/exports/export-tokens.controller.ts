import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Allow, CurrentPrincipal } from '../auth/auth.decorators';
import type { Principal } from '../access/principal';
import { CreateExportTokenDto, CreatedExportTokenDto, ExportTokenDto } from './dto/export-token.dto';
import { ExportTokensService } from './export-tokens.service';
import { REGION_MANAGER_ROLES } from '../access/access-policy';

@ApiTags('exports')
@Controller('export-tokens')
export class ExportTokensController {
  constructor(private readonly tokens: ExportTokensService) {}

  @Post()
  @Allow(...REGION_MANAGER_ROLES)
  @ApiCreatedResponse({ type: CreatedExportTokenDto, description: 'The token is in this answer only' })
  create(@Body() dto: CreateExportTokenDto, @CurrentPrincipal() principal: Principal): Promise<CreatedExportTokenDto> {
    return this.tokens.create(principal, dto);
  }

  @Get()
  @Allow(...REGION_MANAGER_ROLES)
  @ApiOkResponse({ type: [ExportTokenDto] })
  list(@CurrentPrincipal() principal: Principal): Promise<ExportTokenDto[]> {
    return this.tokens.list(principal);
  }

  @Post(':id/revoke')
  @HttpCode(200)
  @Allow(...REGION_MANAGER_ROLES)
  @ApiOkResponse({ type: ExportTokenDto })
  revoke(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() principal: Principal): Promise<ExportTokenDto> {
    return this.tokens.revoke(principal, id);
  }
}
