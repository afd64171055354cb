import { queryErrorText } from './queryErrors';

describe('what a panel says when its query failed', () => {
  it('says the data source did not answer when Prometheus is down, timed out or failed inside', () => {
    expect(queryErrorText({ message: '502 Bad Gateway', status: 502 })).toBe(
      'The data source did not answer (502 Bad Gateway)'
    );
    expect(queryErrorText({ message: 'timeout: query timed out in expression evaluation' })).toMatch(
      /^The data source did not answer/
    );
    expect(queryErrorText(undefined)).toBe('The data source did not answer');
  });

  it('says the data source refused the query when Prometheus read it and would not run it', () => {
    expect(queryErrorText({ message: 'bad_data: 1:8: parse error: unexpected "}"' })).toBe(
      'The data source refused the query (bad_data: 1:8: parse error: unexpected "}")'
    );
    expect(queryErrorText({ message: 'Forbidden', status: 403 })).toBe('The data source refused the query (Forbidden)');
  });
});
