import { create } from 'zustand';

import { tokenStorage } from './storage';

type UiState = {
  /** The community the Home tab shows; remembered across launches. */
  communityId: string | null;
  setCommunity: (id: string | null) => void;
  hydrate: () => Promise<void>;
};

const KEY = 'stunxt.community';

export const useUi = create<UiState>((set) => ({
  communityId: null,
  setCommunity: (communityId) => {
    set({ communityId });
    void (communityId ? tokenStorage.set(KEY, communityId) : tokenStorage.remove(KEY));
  },
  hydrate: async () => {
    set({ communityId: await tokenStorage.get(KEY) });
  },
}));
