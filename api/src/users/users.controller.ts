import { Body, Controller, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Allow, CurrentPrincipal } from '../auth/auth.decorators';
import type { Principal } from '../access/principal';
import { ProblemDto } from '../common/problem.dto';
import { CreatedUserDto, CreateUserDto, TemporaryPasswordDto, UpdateUserDto, UserDto } from './dto/user.dto';
import { UsersService } from './users.service';
import { ACCOUNT_MANAGER_ROLES } from '../access/access-policy';

const WHO =
  'Admin: every account. Region-analyst: coordinator and steering-group accounts whose meeting places all lie in its regions.';

@ApiTags('users')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @Allow(...ACCOUNT_MANAGER_ROLES)
  @ApiOperation({ summary: 'Accounts this account manages', description: WHO })
  @ApiOkResponse({ type: [UserDto] })
  list(@CurrentPrincipal() principal: Principal): Promise<UserDto[]> {
    return this.users.list(principal);
  }

  @Get(':id')
  @Allow(...ACCOUNT_MANAGER_ROLES)
  @ApiOperation({ summary: 'One account', description: WHO })
  @ApiOkResponse({ type: UserDto })
  @ApiNotFoundResponse({ type: ProblemDto })
  get(@CurrentPrincipal() principal: Principal, @Param('id') id: string): Promise<UserDto> {
    return this.users.get(principal, id);
  }

  @Post()
  @Allow(...ACCOUNT_MANAGER_ROLES)
  @ApiOperation({
    summary: 'Create an account with a temporary password',
    description: `${WHO} The temporary password is returned once and must be changed at first login.`,
  })
  @ApiCreatedResponse({ type: CreatedUserDto })
  @ApiBadRequestResponse({ type: ProblemDto, description: 'Invalid fields, or a scope that does not fit the role' })
  @ApiConflictResponse({ type: ProblemDto, description: 'The email already has an account' })
  create(@CurrentPrincipal() principal: Principal, @Body() body: CreateUserDto): Promise<CreatedUserDto> {
    return this.users.create(principal, body);
  }

  @Patch(':id')
  @Allow(...ACCOUNT_MANAGER_ROLES)
  @ApiOperation({
    summary: 'Change role or scope, deactivate or reactivate',
    description: `${WHO} Accounts are never deleted. Nobody changes their own account here.`,
  })
  @ApiOkResponse({ type: UserDto })
  @ApiBadRequestResponse({ type: ProblemDto })
  @ApiNotFoundResponse({ type: ProblemDto })
  @ApiConflictResponse({ type: ProblemDto, description: 'Your own account' })
  update(@CurrentPrincipal() principal: Principal, @Param('id') id: string, @Body() body: UpdateUserDto): Promise<UserDto> {
    return this.users.update(principal, id, body);
  }

  @Post(':id/temporary-password')
  @HttpCode(200)
  @Allow(...ACCOUNT_MANAGER_ROLES)
  @ApiOperation({
    summary: 'Give a new temporary password',
    description: `${WHO} Also unlocks the account and ends its sessions; the password must be changed at next login.`,
  })
  @ApiOkResponse({ type: TemporaryPasswordDto })
  @ApiNotFoundResponse({ type: ProblemDto })
  issueTemporaryPassword(@CurrentPrincipal() principal: Principal, @Param('id') id: string): Promise<TemporaryPasswordDto> {
    return this.users.issueTemporaryPassword(principal, id);
  }
}
