// The join between src/net's lobby follower and the teacher's dashboard (src/ui/lobby-app.tsx):
// the lists the server sends become the screen's updates, kept until the screen subscribes.
import type { Lang } from '../i18n/lang.js';
import { followLobby, type LobbyFollower } from '../net/lobby-client.js';
import { netProblemText } from '../net/problems.js';
import type { LobbyFeed, LobbyGameLine, LobbyStatus, TeacherNews } from '../ui/lobby-app.js';

type Update = { games: LobbyGameLine[]; paused?: boolean } | { status: LobbyStatus } | { teacher: TeacherNews };

export function lobbyFeed(options: { url: string; password?: string; teacherToken?: string; lang: Lang }): { feed: LobbyFeed; follower: LobbyFollower } {
  const backlog: Update[] = [];
  let listener: ((update: Update) => void) | null = null;
  const emit = (update: Update) => (listener ? listener(update) : backlog.push(update));
  const follower = followLobby({
    url: options.url,
    ...(options.password !== undefined ? { password: options.password } : {}),
    ...(options.teacherToken !== undefined ? { teacherToken: options.teacherToken } : {}),
    onGames: (games, paused) => emit({ games, paused }),
    onTeacher: (answer) => emit({ teacher: answer }),
    onStatus: (status) =>
      emit({ status: status.kind === 'closed' ? { closed: status.problem ? netProblemText(status.problem, options.lang) : null } : status.kind }),
  });
  return {
    follower,
    feed: {
      ...(options.teacherToken !== undefined ? { teacher: (command: 'pause' | 'resume' | 'end' | 'pair') => follower.teacher(command) } : {}),
      subscribe(next) {
        listener = next;
        for (const update of backlog.splice(0)) next(update);
        return () => {
          if (listener === next) listener = null;
        };
      },
    },
  };
}
