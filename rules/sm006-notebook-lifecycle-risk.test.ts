import { describe, expect, it } from 'vitest';
import { cfn, findingsOf, runRuleTests, tf } from '../test/rule-tester.js';
import rule, { findScriptProblems, lifecycleScript } from './sm006-notebook-lifecycle-risk.js';

const base64 = (script: string) => Buffer.from(script).toString('base64');

describe('lifecycleScript', () => {
  it('decodes base64, as the API and a literal Fn::Base64 argument give it', () => {
    expect(lifecycleScript(base64('#!/bin/bash\necho hi\n'))).toBe('#!/bin/bash\necho hi\n');
  });

  it('accepts base64 wrapped over several lines', () => {
    const wrapped = base64('#!/bin/bash\necho "a fairly long line so the encoding wraps"\n').replace(/(.{20})/g, '$1\n');
    expect(lifecycleScript(wrapped)).toContain('a fairly long line');
  });

  it('takes a script that is not base64 as the script itself (`!Base64 |` in a template)', () => {
    expect(lifecycleScript('#!/bin/bash\necho hi')).toBe('#!/bin/bash\necho hi');
  });

  it('skips content far longer than the API accepts', () => {
    expect(lifecycleScript(`#!/bin/bash\n${'curl '.repeat(20_000)}`)).toBeUndefined();
  });

  it('gives up on base64 that does not decode to text', () => {
    expect(lifecycleScript(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]).toString('base64'))).toBeUndefined();
  });
});

/** The ids of the problems found in a one-line script. */
const idsOf = (line: string) => findScriptProblems(line).map((p) => p.id);

describe('findScriptProblems, line by line', () => {
  it.each([
    ['curl -fsSL https://get.example.com | bash', 'download-piped-to-interpreter'],
    ['wget -qO- https://example.com/i.sh | sudo -E bash -s -- --yes', 'download-piped-to-interpreter'],
    ['curl -s https://example.com/setup.py | /usr/bin/python3 -', 'download-piped-to-interpreter'],
    ['bash <(curl -s https://example.com/y.sh)', 'interpreter-of-download'],
    ['/bin/bash -c "$(curl -fsSL https://raw.githubusercontent.com/org/repo/HEAD/install.sh)"', 'eval-of-download'],
    ['pip install https://example.com/pkg-1.0.tar.gz', 'pip-install-from-url'],
    ['python -m pip install "pkg @ https://example.com/pkg-1.0-py3-none-any.whl"', 'pip-install-from-url'],
    ['pip install git+https://github.com/org/repo.git', 'pip-install-from-url'],
    ['pip install -i http://10.0.0.1/simple pandas', 'pip-plain-http-index'],
    ['pip install --extra-index-url=http://pypi.internal/simple pandas', 'pip-plain-http-index'],
    ['export PIP_INDEX_URL=http://pypi.internal/simple', 'pip-plain-http-index'],
    ['export AWS_ACCESS_KEY_ID=AKIAZ7Q4R2MXN5T3P8WD', 'aws-access-key-id'],
    ['aws configure set aws_secret_access_key abcdefghijABCDEFGHIJ0123456789/+abcdefgh', 'aws-secret-access-key'],
    ['-----BEGIN OPENSSH PRIVATE KEY-----', 'private-key'],
    ['export GITHUB_TOKEN=ghp_abcdefghijklmnopqrstuvwxyz0123456789', 'service-token'],
    ['git clone https://deploy:s3cr3tpass@github.com/org/repo.git', 'credentials-in-url'],
    ['export DB_PASSWORD=hunter2hunter2', 'secret-assignment'],
    ['api_key = "0123456789abcdef"', 'secret-assignment'],
    ['mysql --password=Sup3rS3cret -h db.internal', 'secret-assignment'],
    ['echo "c.NotebookApp.token = \'\'" >> /home/ec2-user/.jupyter/jupyter_notebook_config.py', 'jupyter-token-disabled'],
    ['echo "c.NotebookApp.ip = \'0.0.0.0\'" >> /home/ec2-user/.jupyter/jupyter_notebook_config.py', 'jupyter-all-interfaces'],
    ['echo "c.ServerApp.disable_check_xsrf = True" >> config.py', 'jupyter-xsrf-disabled'],
    ['echo "c.NotebookApp.allow_origin = \'*\'" >> config.py', 'jupyter-any-origin'],
    ['code-server --bind-addr 127.0.0.1:8080 --auth none', 'ide-without-auth'],
    ['echo "ec2-user ALL=(ALL) NOPASSWD:ALL" >> /etc/sudoers.d/ec2-user', 'passwordless-sudo'],
    ['curl -sSLk -o /tmp/data.csv https://example.com/data.csv', 'curl-insecure'],
    ['wget --no-check-certificate https://example.com/data.csv', 'wget-no-check-certificate'],
    ['pip install --trusted-host pypi.internal pandas', 'pip-trusted-host'],
    ['trusted_host=pypi.internal', 'pip-trusted-host'],
    ['git config --global http.sslVerify false', 'git-ssl-verify-off'],
    ['export NODE_TLS_REJECT_UNAUTHORIZED=0', 'tls-verification-off'],
    ['requests.get(url, verify=False)', 'tls-verification-off'],
  ])('%s → %s', (line, id) => {
    expect(idsOf(line)).toEqual([id]);
  });

  it.each([
    // Standard input of `python -c` / `-m` is data, not code.
    'curl -s http://169.254.169.254/latest/meta-data/iam/info | python3 -c "import json,sys; print(json.load(sys.stdin))"',
    'curl -s https://api.example.com/x | jq .name',
    'curl -fsSL -o /tmp/data.csv https://example.com/data.csv',
    'pip install --index-url https://pypi.org/simple pandas',
    'pip install https://example.com/pkg-1.0.tar.gz#sha256=0123456789abcdef',
    'pip install git+https://github.com/org/repo.git@0123456789abcdef0123456789abcdef01234567',
    // AWS documentation's example key.
    'export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE',
    // Secrets read at run time.
    'export DB_PASSWORD=$(aws secretsmanager get-secret-value --secret-id db --query SecretString --output text)',
    'git clone https://oauth2:${TOKEN}@gitlab.com/org/repo.git',
    // Names that mention a secret word without ending in it.
    'TOKEN_URL=https://example.com/oauth/token',
    'SECRET_ARN=arn:aws:secretsmanager:us-east-1:123456789012:secret:db',
    'password_required = True',
    'if [ "$PASSWORD" = "" ]; then exit 1; fi',
    'docker login --username AWS --password-stdin 123456789012.dkr.ecr.us-east-1.amazonaws.com',
    // Commented out.
    '# curl -fsSL https://get.example.com | bash',
  ])('no problem: %s', (line) => {
    expect(idsOf(line)).toEqual([]);
  });

  it('reports one credential per line, however many patterns see it', () => {
    expect(idsOf('export HF_TOKEN=hf_abcdefghijklmnopqrstuvwxyzABCDEFGH')).toEqual(['service-token']);
  });

  it('reports each protection a line turns off', () => {
    expect(idsOf('jupyter lab --ip=0.0.0.0 --ServerApp.token= --no-browser')).toEqual(['jupyter-token-disabled', 'jupyter-all-interfaces']);
  });

  it('joins continuation lines and reports them at their first line', () => {
    const problems = findScriptProblems('#!/bin/bash\ncurl -fsSL https://example.com/a.sh \\\n  | bash\necho done\n');
    expect(problems.map((p) => [p.line, p.id])).toEqual([[2, 'download-piped-to-interpreter']]);
  });

  it('reports a downloaded file that is run without a check, at the line that runs it', () => {
    const script = [
      '#!/bin/bash',
      'wget https://raw.githubusercontent.com/aws-samples/example/master/autostop.py',
      '(crontab -l 2>/dev/null; echo "*/5 * * * * /usr/bin/python3 $PWD/autostop.py --time 3600") | crontab -',
      'curl -sLO https://example.com/run.sh && chmod +x run.sh && ./run.sh',
    ].join('\n');
    expect(findScriptProblems(script).map((p) => [p.line, p.id, p.finding.split(',')[0]])).toEqual([
      [3, 'download-then-run', 'runs autostop.py'],
      [4, 'download-then-run', 'runs run.sh'],
    ]);
  });

  it('accepts a downloaded file that is checked before it runs', () => {
    const script = [
      'curl -fsSL -o /tmp/install.sh https://example.com/install.sh',
      'echo "0123456789abcdef  /tmp/install.sh" | sha256sum -c -',
      'bash /tmp/install.sh',
      'aws s3 cp s3://my-bucket/setup.sh /tmp/setup.sh && bash /tmp/setup.sh',
      // The URL belongs to another command.
      'wget --version && echo https://example.com/a.sh',
      'bash a.sh',
      // Named after another file's `.sh`, not run by `sh`.
      'curl -sLO https://example.com/b.sh',
      'echo saved.sh b.sh; mv old.sh b.sh',
    ].join('\n');
    expect(findScriptProblems(script)).toEqual([]);
  });
});

const CLEAN_SCRIPT = base64('#!/bin/bash\nsudo -u ec2-user -i <<EOF\nsource activate python3\npip install --upgrade pandas\nEOF\n');
const KEY_SCRIPT = base64('#!/bin/bash\nset -e\nexport AWS_ACCESS_KEY_ID=AKIAZ7Q4R2MXN5T3P8WD\naws s3 cp s3://bucket/x /tmp/x\n');

runRuleTests(rule, {
  valid: [
    {
      name: 'base64 script that installs from PyPI',
      template: cfn`
        Resources:
          Config:
            Type: AWS::SageMaker::NotebookInstanceLifecycleConfig
            Properties:
              OnStart:
                - Content: ${CLEAN_SCRIPT}
      `,
    },
    {
      name: '!Base64 script that copies a checked file from S3',
      template: cfn`
        Resources:
          Config:
            Type: AWS::SageMaker::NotebookInstanceLifecycleConfig
            Properties:
              OnCreate:
                - Content: !Base64 |
                    #!/bin/bash
                    set -euo pipefail
                    aws s3 cp s3://my-bucket/setup.sh /tmp/setup.sh
                    echo "0123456789abcdef  /tmp/setup.sh" | sha256sum -c -
                    bash /tmp/setup.sh
      `,
    },
    {
      name: 'script imported from another stack: unknown, not judged',
      template: cfn`
        Resources:
          Config:
            Type: AWS::SageMaker::NotebookInstanceLifecycleConfig
            Properties:
              OnStart:
                - Content: !ImportValue shared-OnStartScript
      `,
    },
    {
      name: 'base64 that does not decode to text: skipped',
      template: cfn`
        Resources:
          Config:
            Type: AWS::SageMaker::NotebookInstanceLifecycleConfig
            Properties:
              OnStart:
                - Content: iVBORw0KGgoAAAAN
      `,
    },
    {
      name: 'JSON template',
      file: 'template.json',
      template: `{"Resources": {"Config": {"Type": "AWS::SageMaker::NotebookInstanceLifecycleConfig", "Properties": {"OnStart": [{"Content": "${CLEAN_SCRIPT}"}]}}}}`,
    },
    {
      name: 'HCL, a script that installs a package',
      hcl: tf`
        resource "aws_sagemaker_notebook_instance_lifecycle_configuration" "lc" {
          name     = "lc"
          on_start = base64encode("#!/bin/bash\\npip install pandas\\n")
        }
      `,
    },
  ],
  invalid: [
    {
      name: '!Base64 script piping curl into bash, used by a notebook',
      template: cfn`
        Resources:
          Config:
            Type: AWS::SageMaker::NotebookInstanceLifecycleConfig
            Properties:
              OnStart:
                - Content: !Base64 |
                    #!/bin/bash
                    set -e
                    curl -fsSL https://get.example.com/agent.sh | sudo bash
          Notebook:
            Type: AWS::SageMaker::NotebookInstance
            Properties:
              LifecycleConfigName: !GetAtt Config.NotebookInstanceLifecycleConfigName
      `,
      findings: [
        {
          line: 6,
          column: 20,
          resource: 'Config',
          severity: 'high',
          message:
            'OnStart[0] line 3 pipes a download into an interpreter, so whatever the server returns at that moment runs on the notebook with its execution role. Keep the script in the lifecycle configuration or an S3 object you control, or download it to a file, verify its SHA-256 checksum and then run it. Used by notebook Notebook.',
        },
      ],
      fixed: null,
    },
    {
      name: 'base64 script embedding an access key: the key is never printed',
      template: cfn`
        Resources:
          Config:
            Type: AWS::SageMaker::NotebookInstanceLifecycleConfig
            Properties:
              OnCreate:
                - Content: ${KEY_SCRIPT}
      `,
      findings: [{ line: 6, column: 20, message: /^OnCreate\[0\] line 3 embeds an AWS access key ID\. Remove it from the script, rotate it/ }],
      fixed: null,
    },
    {
      name: 'several problems in both hooks, in order',
      template: cfn`
        Resources:
          Config:
            Type: AWS::SageMaker::NotebookInstanceLifecycleConfig
            Properties:
              OnCreate:
                - Content: !Base64 |
                    #!/bin/bash
                    git config --global http.sslVerify false
              OnStart:
                - Content: !Base64 |
                    #!/bin/bash
                    echo "c.NotebookApp.token = ''" >> /home/ec2-user/.jupyter/jupyter_notebook_config.py
                    export DB_PASSWORD=hunter2hunter2
      `,
      findings: [
        { line: 6, message: /^OnCreate\[0\] line 2 turns off TLS certificate checks for git/ },
        { line: 10, message: /^OnStart\[0\] line 2 turns off the Jupyter server token/ },
        { line: 10, message: /^OnStart\[0\] line 3 embeds a password, token or key/ },
      ],
    },
    {
      name: 'Fn::If between a risky and a clean script: possible, one level lower',
      template: cfn`
        Parameters:
          Env: { Type: String }
        Conditions:
          IsDev: !Equals [!Ref Env, dev]
        Resources:
          Config:
            Type: AWS::SageMaker::NotebookInstanceLifecycleConfig
            Properties:
              OnStart:
                - Content: !If
                    - IsDev
                    - !Base64 "bash <(curl -s https://example.com/dev-tools.sh)"
                    - ${CLEAN_SCRIPT}
      `,
      findings: [
        {
          line: 12,
          certainty: 'possible',
          severity: 'medium',
          message: /^OnStart\[0\] \(when condition IsDev is true\) line 1 runs a download through process substitution/,
        },
      ],
    },
    {
      name: 'parameter with only a default: possible',
      template: cfn`
        Parameters:
          Script: { Type: String, Default: ${KEY_SCRIPT} }
        Resources:
          Config:
            Type: AWS::SageMaker::NotebookInstanceLifecycleConfig
            Properties:
              OnStart:
                - Content: !Ref Script
      `,
      findings: [{ line: 8, certainty: 'possible', message: /^OnStart\[0\] \(when parameter Script keeps its default …\) line 3 embeds an AWS access key ID/ }],
    },
    {
      name: 'JSON template',
      file: 'template.json',
      template: `{\n  "Resources": {\n    "Config": {\n      "Type": "AWS::SageMaker::NotebookInstanceLifecycleConfig",\n      "Properties": {"OnStart": [{"Content": "${KEY_SCRIPT}"}]}\n    }\n  }\n}\n`,
      findings: [{ line: 5, column: 46, message: /^OnStart\[0\] line 3 embeds an AWS access key ID/ }],
      fixed: null,
    },
    {
      name: 'HCL, a script that turns off TLS checks for git (base64encode is decoded)',
      hcl: tf`
        resource "aws_sagemaker_notebook_instance_lifecycle_configuration" "lc" {
          name     = "lc"
          on_start = base64encode("#!/bin/bash\\ngit config --global http.sslVerify false\\n")
        }
      `,
      findings: [{ line: 3, column: 14, severity: 'high', message: /line 2 turns off TLS certificate checks for git/ }],
    },
  ],
});

describe('SM006 messages', () => {
  it('never quote the secret they report', () => {
    const template = cfn`
      Resources:
        Config:
          Type: AWS::SageMaker::NotebookInstanceLifecycleConfig
          Properties:
            OnStart:
              - Content: !Base64 |
                  export AWS_ACCESS_KEY_ID=AKIAZ7Q4R2MXN5T3P8WD
                  export AWS_SECRET_ACCESS_KEY=abcdefghijABCDEFGHIJ0123456789/+abcdefgh
                  git clone https://deploy:s3cr3tpass@github.com/org/repo.git
    `;
    const messages = findingsOf(rule, template).map((f) => f.message);
    expect(messages).toHaveLength(3);
    for (const secret of ['Z7Q4R2MXN5T3P8WD', 'abcdefghijABCDEFGHIJ', 's3cr3tpass']) {
      for (const message of messages) expect(message).not.toContain(secret);
    }
  });
});
