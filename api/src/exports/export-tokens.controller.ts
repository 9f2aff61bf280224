import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Allow, CurrentPrincipal } from '../auth/auth.decorators';
import type { Principal } from '../access/principal';
import { CreateExportTokenDto, CreatedExportTokenDto, ExportTokenDto } from './dto/export-token.dto';
import { ExportTokensService } from './export-tokens.service';

@ApiTags('exports')
@Controller('export-tokens')
export class ExportTokensController {
  constructor(private readonly tokens: ExportTokensService) {}

  @Post()
  @Allow('admin', 'region-analyst')
  @ApiCreatedResponse({ type: CreatedExportTokenDto, description: 'The token is in this answer only' })
  create(@Body() dto: CreateExportTokenDto, @CurrentPrincipal() principal: Principal): Promise<CreatedExportTokenDto> {
    return this.tokens.create(principal, dto);
  }

  @Get()
  @Allow('admin', 'region-analyst')
  @ApiOkResponse({ type: [ExportTokenDto] })
  list(@CurrentPrincipal() principal: Principal): Promise<ExportTokenDto[]> {
    return this.tokens.list(principal);
  }

  @Post(':id/revoke')
  @HttpCode(200)
  @Allow('admin', 'region-analyst')
  @ApiOkResponse({ type: ExportTokenDto })
  revoke(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() principal: Principal): Promise<ExportTokenDto> {
    return this.tokens.revoke(principal, id);
  }
}
