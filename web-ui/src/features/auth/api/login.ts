import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { LoginBody, LoginResponse } from '@/types/api';
import { meQueryKey } from './get-me';

export type LoginInput = LoginBody;

/** Signs in; the server answers with the user and sets the HttpOnly session cookie. */
export const login = (input: LoginInput) => api.post<LoginResponse>('/auth/login', input);

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: ({ user }) => {
      // The token stays in the cookie; the UI never keeps it.
      queryClient.setQueryData(meQueryKey, user);
    },
  });
}
