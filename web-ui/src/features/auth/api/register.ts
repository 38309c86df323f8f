import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { RegisterBody, User } from '@/types/api';
import { meQueryKey } from './get-me';
import { login } from './login';

export type RegisterInput = RegisterBody;

export const register = (input: RegisterInput) => api.post<User>('/auth/register', input, { idempotent: true });

/** Creates the account, then signs in with the same credentials. */
export function useRegister() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: RegisterInput) => {
      await register(input);
      return login({ username: input.username, password: input.password });
    },
    onSuccess: ({ user }) => queryClient.setQueryData(meQueryKey, user),
  });
}
